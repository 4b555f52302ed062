// A small closed-loop load generator: `connections` clients, each sending its next request when
// the last one answered, over keep-alive sockets, for `seconds`. Every latency is kept, so the
// percentiles are exact (autocannon reports p97.5 but not p95).
import http from "node:http"

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN)

function once(agent, url, headers, cacheHeader, body) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const options = body === undefined ? { agent, headers } : { agent, method: "POST", headers: { ...headers, "content-type": "application/json" } }
    const request = http.request(url, options, (response) => {
      response.on("data", () => {})
      response.on("end", () => resolve({ status: response.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6, cache: response.headers[cacheHeader] ?? "none" }))
    })
    request.on("error", () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
    request.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

/**
 * Loads `url` and answers { requests, rps, p50, p95, p99, max, errors, statuses, cache }, `cache`
 * counting the values of the answers' `cacheHeader` (Next's x-nextjs-cache by default).
 * `nextUrl(i)` may vary the URL per request (for pages that must not repeat, such as serial scans);
 * `nextBody(i)` makes each request a POST of that JSON body; `maxRequests` ends the run early.
 */
export async function load(url, { connections = 20, seconds = 10, headers = {}, nextUrl, nextBody, maxRequests = Infinity, cacheHeader = "x-nextjs-cache" } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  const statuses = {}
  const cache = {}
  let errors = 0
  let issued = 0
  const deadline = Date.now() + seconds * 1000
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline && issued < maxRequests) {
        const i = issued++
        const result = await once(agent, nextUrl ? nextUrl(i) : url, headers, cacheHeader, nextBody?.(i))
        latencies.push(result.ms)
        statuses[result.status] = (statuses[result.status] ?? 0) + 1
        if (result.status) cache[result.cache] = (cache[result.cache] ?? 0) + 1
        if (result.status < 200 || result.status >= 400) errors++
      }
    })
  )
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors,
    statuses,
    cache,
  }
}

export function formatRow(name, r) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(10)
  const cache = Object.entries(r.cache).map(([k, v]) => `${k}:${v}`).join(" ")
  return `${name.padEnd(34)}${r.rps.toFixed(1).padStart(8)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${String(r.errors).padStart(7)}  ${cache}`
}

export const HEADER_ROW = `${"page".padEnd(34)}${"req/s".padStart(8)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"errors".padStart(7)}  cache`
