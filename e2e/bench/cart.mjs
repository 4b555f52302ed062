// Cart actions as one shopper feels them, in a real browser against the running production build
// (npm start): add to cart on a product page and change a quantity on the cart page, each done
// BENCH_ROUNDS times. For every press it records, inside the page, when the button first showed
// feedback, when the header's cart count moved (add only) and when the answer arrived (the button
// is usable again). Prints p50/p95 against the target; nothing here passes or fails a build.
// Usage: npm start (in another terminal), then npm run bench:cart
/* global document, performance, MutationObserver, setInterval, clearInterval -- pressAndTime runs inside the page */
import { chromium } from "@playwright/test"

const BASE = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const PRODUCT = process.env.BENCH_PRODUCT || "ziyang-maojian-green-tea"
const ROUNDS = Number(process.env.BENCH_ROUNDS || 20)
const TARGET_P95_MS = 300
const PAUSE_MS = 500

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Presses the submit button of the form holding `fieldSelector` and resolves, in the page, with
 * the milliseconds until the button was disabled (feedback), until the cart count changed and
 * until the button was enabled again (the server action answered).
 */
function pressAndTime(page, fieldSelector) {
  return page.evaluate((selector) => {
    const form = document.querySelector(selector)?.closest("form")
    const button = form?.querySelector("button[type=submit]")
    const count = document.querySelector("[data-testid=cart-count]")
    if (!form || !button) throw new Error(`no form around ${selector}`)
    const countBefore = count?.textContent
    return new Promise((resolve, reject) => {
      const t0 = performance.now()
      const timing = { feedback: undefined, counted: undefined, done: undefined }
      const check = () => {
        const at = performance.now() - t0
        if (timing.feedback === undefined && button.disabled) timing.feedback = at
        if (timing.counted === undefined && count && count.textContent !== countBefore) timing.counted = at
        if (timing.feedback !== undefined && timing.done === undefined && !button.disabled) timing.done = at
        // The count is read back after the answer: wait for it, or 2 s when it does not move.
        if (timing.done !== undefined && (timing.counted !== undefined || !count || at > timing.done + 2_000)) {
          observer.disconnect()
          clearInterval(ticker)
          resolve(timing)
        }
      }
      const observer = new MutationObserver(check)
      const ticker = setInterval(check, 100)
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      setTimeout(() => reject(new Error("no answer within 15 s")), 15_000)
      button.click()
      check()
    })
  }, fieldSelector)
}

function row(name, values) {
  const shown = values.filter((v) => v !== undefined)
  if (!shown.length) return `${name.padEnd(42)} (never)`
  return `${name.padEnd(42)} p50 ${percentile(shown, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(shown, 95).toFixed(0).padStart(5)} ms   (${shown.length})`
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking"],
})
const missed = []
try {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage()
  console.log(`Cart actions, one shopper, ${BASE}, ${ROUNDS} presses each\n`)

  await page.goto(`${BASE}/zh-CN/products/${PRODUCT}`)
  await page.getByTestId("cart-count").filter({ hasNotText: "·" }).waitFor()
  await pressAndTime(page, "#quantity") // the first press creates the cart
  const adds = []
  for (let i = 0; i < ROUNDS; i++) {
    // A pause, so the header's read-back of the last press is over before the next one.
    await page.waitForTimeout(PAUSE_MS)
    adds.push(await pressAndTime(page, "#quantity"))
  }
  console.log(row("add to cart: button feedback", adds.map((t) => t.feedback)))
  console.log(row("add to cart: header count moves", adds.map((t) => t.counted)))
  console.log(row("add to cart: answer", adds.map((t) => t.done)))

  await page.goto(`${BASE}/zh-CN/cart`)
  const quantity = page.locator("input[id^=qty-]").first()
  const changes = []
  for (let i = 0; i < ROUNDS; i++) {
    await page.waitForTimeout(PAUSE_MS)
    await quantity.fill(String(2 + (i % 2)))
    changes.push(await pressAndTime(page, "input[id^=qty-]"))
  }
  console.log(row("quantity change: button feedback", changes.map((t) => t.feedback)))
  console.log(row("quantity change: answer (cart re-rendered)", changes.map((t) => t.done)))

  for (const [name, timings] of [["add to cart", adds], ["quantity change", changes]]) {
    const p95 = percentile(timings.map((t) => t.done), 95)
    if (p95 > TARGET_P95_MS) missed.push(`${name}: answer p95 ${p95.toFixed(0)} ms (target ≤ ${TARGET_P95_MS})`)
  }
} finally {
  await browser.close()
}
console.log(missed.length ? `\nMissed targets:\n- ${missed.join("\n- ")}` : `\nAll targets met (answer p95 ≤ ${TARGET_P95_MS} ms).`)
