// `npm run bench:api`: the storefront's product listing, GET /store/products?limit=20 with the
// region's calculated prices and stock, against the production backend build (`medusa start`) on
// its own port and database, twice in one run: caching off, then on. "off": no store response cache
// (STORE_RESPONSE_CACHE=off) and Medusa's own `caching` flag off; "on": the store response cache
// (src/api/middlewares/store-response-cache.ts) in the Caching Module, on Redis when REDIS_URL is
// set (then Medusa's flag-driven caching too) and Medusa's in-memory provider otherwise.
// Targets (issue 19): "on" serves ≥ 5× the requests per second of "off" at 20 clients, p95 ≤ 150 ms.
//
// Options: --connections C (20), --seconds S (10, per mode), --warmup S (3), --port P (9310).
import { createSeededDatabase, deleteRedisKeys, dropDatabase, ensureBuild, redisClient, startBackend } from "../scripts/backend-process.mjs"
import { load } from "./load.mjs"

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}
const CONNECTIONS = Number(option("connections", 20))
const SECONDS = Number(option("seconds", 10))
const WARMUP = Number(option("warmup", 3))
const PORT = Number(option("port", 9310))
const RUN = `${Date.now().toString(36)}-${process.pid}`
const DATABASE = `seleno_bench_api_${process.pid}`
// The storefront's listing fields (storefront/src/lib/data/products.ts LIST_FIELDS).
const FIELDS = "id,title,handle,thumbnail,created_at,updated_at,metadata,*variants,*variants.calculated_price,+variants.inventory_quantity"
const TARGET_RATIO = 5
const TARGET_P95_MS = 150
const log = (message) => console.log(`[bench] ${message}`)

async function measure(mode, database, redis) {
  const cacheOn = mode === "on"
  const backend = await startBackend({
    name: `bench-api-${mode}-${RUN}`,
    port: PORT,
    databaseUrl: database.url,
    redis,
    env: { STORE_RESPONSE_CACHE: cacheOn ? "on" : "off", ...(cacheOn ? {} : { MEDUSA_FF_CACHING: "false" }) },
  })
  try {
    const headers = { "x-publishable-api-key": database.key }
    const regions = await (await fetch(`${backend.url}/store/regions`, { headers })).json()
    const region = regions.regions.find((r) => r.currency_code === "cny") ?? regions.regions[0]
    const url = `${backend.url}/store/products?limit=20&region_id=${region.id}&fields=${encodeURIComponent(FIELDS)}`
    const probe = await fetch(url, { headers })
    const body = await probe.json()
    if (probe.status !== 200 || !body.products?.length) throw new Error(`${mode}: ${url} answered ${probe.status} with ${body.products?.length ?? 0} products`)
    log(`${mode}: backend ready in ${(backend.readyMs / 1000).toFixed(1)}s; ${body.products.length} products a page, ${JSON.stringify(body).length} bytes; warm-up ${WARMUP}s …`)
    await load(url, { connections: CONNECTIONS, seconds: WARMUP, headers })
    log(`${mode}: ${CONNECTIONS} clients for ${SECONDS}s …`)
    const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers, cacheHeader: "x-seleno-cache" })
    return { ...result, cacheHeaders: result.cache }
  } finally {
    await backend.stop()
  }
}

const ms = (v) => `${v.toFixed(1)} ms`.padStart(11)
function row(mode, r) {
  const cache = Object.entries(r.cacheHeaders).map(([k, v]) => `${k}:${v}`).join(" ")
  return `${mode.padEnd(8)}${r.rps.toFixed(1).padStart(9)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${String(r.errors).padStart(8)}  ${cache}`
}

let database
let redis = null
let failed = false
try {
  const redisUrl = process.env.REDIS_URL
  redis = redisUrl ? { url: redisUrl, prefix: `seleno-bench-api:${RUN}` } : null
  log(`Caching Module provider: ${redis ? `Redis (REDIS_URL ${redisUrl.replace(/\/\/[^@/]*@/, "//…@")}; Medusa's caching flag on in the "on" run)` : "Medusa's in-memory provider (REDIS_URL not set)"}`)
  await ensureBuild(log)
  database = await createSeededDatabase(DATABASE, log)
  const results = {}
  for (const mode of ["off", "on"]) results[mode] = await measure(mode, database, redis)

  const { off, on } = results
  const ratio = on.rps / off.rps
  console.log(`\nGET /store/products?limit=20 (calculated prices, stock), ${CONNECTIONS} clients, ${SECONDS}s per mode, provider ${redis ? "redis" : "memory"}`)
  console.log(`${"mode".padEnd(8)}${"req/s".padStart(9)}${"p50".padStart(11)}${"p95".padStart(11)}${"p99".padStart(11)}${"errors".padStart(8)}  x-seleno-cache`)
  console.log(row("off", off))
  console.log(row("on", on))
  const ratioOk = ratio >= TARGET_RATIO
  const p95Ok = on.p95 <= TARGET_P95_MS
  const errorsOk = on.errors === 0 && off.errors === 0
  console.log(`\nratio on/off: ${ratio.toFixed(1)}× (target ≥ ${TARGET_RATIO}×) ${ratioOk ? "MET" : "NOT MET"}`)
  console.log(`p95 with caching on: ${on.p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms) ${p95Ok ? "MET" : "NOT MET"}`)
  if (!errorsOk) console.log(`errors: off ${off.errors}, on ${on.errors} (statuses off ${JSON.stringify(off.statuses)}, on ${JSON.stringify(on.statuses)})`)
  failed = !(ratioOk && p95Ok && errorsOk)
} catch (error) {
  console.error(error)
  failed = true
} finally {
  if (database) await dropDatabase(DATABASE).catch((error) => console.error(`dropping ${DATABASE}: ${error.message}`))
  if (redis) {
    const client = await redisClient(redis.url)
    await deleteRedisKeys(client, `${redis.prefix}:*`).catch(() => undefined)
    client.disconnect()
  }
}
process.exit(failed ? 1 : 0)
