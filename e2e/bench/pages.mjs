// Page throughput against the running production build (npm start): each page is loaded by 20
// clients (and 100 for the trace pages) for a few seconds, on loopback. Prints figures and the
// targets they are held to; nothing here passes or fails a build.
// Usage: npm start (in another terminal), then npm run bench:pages
import { formatRow, HEADER_ROW, load } from "./load.mjs"

const BASE = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const PRODUCT = process.env.BENCH_PRODUCT || "ziyang-maojian-green-tea"
const LOT = process.env.BENCH_LOT || "/01/06971234000019/10/L2026001"
const TARGET = { rps: 300, p95: 100 }

const PAGES = [
  ["home", "/zh-CN"],
  ["product", `/zh-CN/products/${PRODUCT}`],
  ["brands (list)", "/zh-CN/brands"],
  ["store listing", "/zh-CN/store"],
  ["trace lot", LOT],
]

const missed = []
console.log(`Storefront pages, ${BASE}, ${SECONDS} s per row, keep-alive, loopback\n`)
console.log(HEADER_ROW)
for (const [name, path] of PAGES) {
  for (const connections of name === "trace lot" ? [20, 100] : [20]) {
    await load(`${BASE}${path}`, { connections: 2, seconds: 1 }) // warm: the first visit renders and caches
    const result = await load(`${BASE}${path}`, { connections, seconds: SECONDS })
    console.log(formatRow(`${name} ×${connections}`, result))
    if (connections === 20 && (result.rps < TARGET.rps || result.p95 > TARGET.p95)) {
      missed.push(`${name}: ${result.rps.toFixed(0)} req/s (target ≥ ${TARGET.rps}), p95 ${result.p95.toFixed(0)} ms (target ≤ ${TARGET.p95})`)
    }
    if (result.errors) missed.push(`${name} ×${connections}: ${result.errors} failed answers ${JSON.stringify(result.statuses)}`)
  }
}
console.log(missed.length ? `\nMissed targets:\n- ${missed.join("\n- ")}` : "\nAll targets met.")
