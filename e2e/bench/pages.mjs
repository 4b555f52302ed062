// Page throughput against the running production build (npm start): each page is loaded by 20
// clients (and 100 for the trace pages) for a few seconds, on loopback. Prints figures and the
// targets they are held to; nothing here passes or fails a build. The package (serial) page is
// one cached page per batch; the browser then reports the scan to POST /api/trace/scans, which
// is measured on its own row, and the scan counts are read before and after it.
// Usage: npm start (in another terminal), then npm run bench:pages
import { formatRow, HEADER_ROW, load } from "./load.mjs"

const BASE = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const PRODUCT = process.env.BENCH_PRODUCT || "ziyang-maojian-green-tea"
const LOT = process.env.BENCH_LOT || "/01/06971234000019/10/L2026001"
const TARGET = { rps: 300, p95: 100 }
const SERIAL_PAGE_P95 = 50
const SERIALS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(4, "0"))
const serialAt = (i) => SERIALS[i % SERIALS.length]
const [, , GTIN, , LOT_CODE] = LOT.split("/")

const PAGES = [
  ["home", "/zh-CN"],
  ["product", `/zh-CN/products/${PRODUCT}`],
  ["brands (list)", "/zh-CN/brands"],
  ["store listing", "/zh-CN/store"],
  ["trace lot", LOT],
  ["trace serial", `${LOT}/21/0001`, (i) => `${BASE}${LOT}/21/${serialAt(i)}`],
]
const TRACE_ROWS = new Set(["trace lot", "trace serial"])

const missed = []
console.log(`Storefront pages, ${BASE}, ${SECONDS} s per row, keep-alive, loopback\n`)
console.log(HEADER_ROW)
for (const [name, path, nextUrl] of PAGES) {
  for (const connections of TRACE_ROWS.has(name) ? [20, 100] : [20]) {
    await load(`${BASE}${path}`, { connections: 2, seconds: 1 }) // warm: the first visit renders and caches
    const result = await load(`${BASE}${path}`, { connections, seconds: SECONDS, nextUrl })
    console.log(formatRow(`${name} ×${connections}`, result))
    const target = name === "trace serial" ? { rps: TARGET.rps, p95: SERIAL_PAGE_P95 } : TARGET
    if (connections === 20 && (result.rps < target.rps || result.p95 > target.p95)) {
      missed.push(`${name}: ${result.rps.toFixed(0)} req/s (target ≥ ${target.rps}), p95 ${result.p95.toFixed(1)} ms (target ≤ ${target.p95})`)
    }
    if (result.errors) missed.push(`${name} ×${connections}: ${result.errors} failed answers ${JSON.stringify(result.statuses)}`)
  }
}

// The scan the serial page reports from the browser. From loopback every request is one network,
// which counts once a day: under load the counts must not move beyond that first scan.
const report = (serial) => ({ gtin: GTIN, lot: LOT_CODE, serial })
async function scanCounts() {
  const counts = []
  for (const serial of SERIALS) {
    const response = await fetch(`${BASE}/api/trace/scans`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(report(serial)) })
    counts.push((await response.json()).scans?.scan_count)
  }
  return counts
}
const before = await scanCounts()
const scans = await load(`${BASE}/api/trace/scans`, { connections: 20, seconds: SECONDS, nextBody: (i) => report(serialAt(i)) })
console.log(formatRow("scan report (POST) ×20", scans))
const after = await scanCounts()
const exact = before.every((count, i) => typeof count === "number" && count === after[i])
console.log(`\nScan counts of ${SERIALS.length} serials after ${scans.requests} reports from one network: ${exact ? "unchanged (exact)" : `CHANGED ${JSON.stringify({ before, after })}`}`)
if (!exact) missed.push("scan counts moved under load from one network")
if (scans.errors) missed.push(`scan report: ${scans.errors} failed answers ${JSON.stringify(scans.statuses)}`)
console.log(missed.length ? `\nMissed targets:\n- ${missed.join("\n- ")}` : "\nAll targets met.")
