// `npm run bench:checkout`: concurrent full guest checkouts against a production backend
// (`medusa start` from the build) on its own port and database, once in-process and once on Redis
// (REDIS_URL, default the local redis://127.0.0.1:6379 when it answers). Each shopper creates a cart
// with an item and an address, picks shipping, opens a system payment session and completes.
// A third variant runs two API servers on Redis (ports P and P+1), shoppers spread over both, as
// a load balancer would. Prints orders/s, the complete-cart latency p50/p95/p99 and the orders the
// database holds for the run (none may be lost) per variant.
//
// A plain bounded-concurrency loop with fetch, not autocannon: a checkout is five dependent
// requests whose ids come from the previous answers, which autocannon's fixed request lists do not
// model well, and we want the latency of the complete call alone.
//
// Options: --checkouts N (200), --concurrency C (10), --seconds S (60, per variant), --port P (9110),
// --only in-process|redis|redis-x2.
import { performance } from "node:perf_hooks"
import pg from "pg"
import { addStock, createSeededDatabase, deleteRedisKeys, dropDatabase, ensureBuild, redisClient, startBackend } from "../scripts/backend-process.mjs"
import { checkoutSetup, completeCart, percentile, readyCart, storeClient } from "../scripts/checkout-driver.mjs"

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}
const CHECKOUTS = Number(option("checkouts", 200))
const CONCURRENCY = Number(option("concurrency", 10))
const SECONDS = Number(option("seconds", 60))
const PORT = Number(option("port", 9110))
const ONLY = option("only", "")
const RUN = `${Date.now().toString(36)}-${process.pid}`
const DATABASE = `seleno_bench_checkout_${process.pid}`
const log = (message) => console.log(`[bench] ${message}`)

async function redisUrl() {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379"
  const client = await redisClient(url)
  try {
    await client.ping()
    return url
  } catch {
    return null
  } finally {
    client.disconnect()
  }
}

/** Full checkouts with CONCURRENCY shoppers until CHECKOUTS are done or SECONDS have passed; shopper n uses server n mod servers. */
async function checkouts(calls, setup, variant) {
  const completeMs = []
  const checkoutMs = []
  const failures = {}
  let started = 0
  const deadline = Date.now() + SECONDS * 1000
  const begun = performance.now()
  const shopper = async () => {
    while (started < CHECKOUTS && Date.now() < deadline) {
      const n = started++
      const call = calls[n % calls.length]
      const t0 = performance.now()
      try {
        const cartId = await readyCart(call, setup, { email: `bench-${variant}-${RUN}-${n}@example.com`, variantId: setup.variantIds[n % setup.variantIds.length] })
        const answer = await completeCart(call, cartId)
        if (answer.status === 200 && answer.data.type === "order") {
          completeMs.push(answer.ms)
          checkoutMs.push(performance.now() - t0)
        } else {
          const key = `${answer.status} ${String(answer.data?.message).slice(0, 60)}`
          failures[key] = (failures[key] ?? 0) + 1
        }
      } catch (error) {
        const key = String(error.message).slice(0, 80)
        failures[key] = (failures[key] ?? 0) + 1
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, shopper))
  const seconds = (performance.now() - begun) / 1000
  return { orders: completeMs.length, seconds, completeMs, checkoutMs, failures }
}

/** Orders the database holds from this variant's shoppers: every completed checkout must be one. */
async function storedOrders(databaseUrl, variant) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`select count(*)::int as n from "order" where email like $1 and deleted_at is null`, [`bench-${variant}-${RUN}-%`])
    return rows[0].n
  } finally {
    await client.end()
  }
}

async function variantRun(variant, database, redis, servers) {
  const backends = []
  try {
    for (let i = 0; i < servers; i++) {
      backends.push(await startBackend({ name: `bench-checkout-${variant}-${i}-${RUN}`, port: PORT + i, databaseUrl: database.url, redis }))
    }
    const calls = backends.map((backend) => storeClient(backend.url, database.key))
    const setup = await checkoutSetup(calls[0])
    // Warm-up: first requests compile queries and fill caches, on every server.
    for (let i = 0; i < 3 * servers; i++) {
      const call = calls[i % servers]
      await completeCart(call, await readyCart(call, setup, { email: `bench-warmup-${variant}-${RUN}-${i}@example.com` }))
    }
    log(`${variant}: ${servers} backend(s) ready, ${CHECKOUTS} checkouts at concurrency ${CONCURRENCY} (at most ${SECONDS}s) …`)
    const result = await checkouts(calls, setup, variant)
    return { ...result, stored: await storedOrders(database.url, variant) }
  } finally {
    await Promise.all(backends.map((backend) => backend.stop()))
  }
}

const fmt = (ms) => `${Math.round(ms)} ms`
const rows = []
let database
try {
  await ensureBuild(log)
  database = await createSeededDatabase(DATABASE, log)
  await addStock(database.url)

  const url = await redisUrl()
  const onRedis = (name) => (url ? { url, prefix: `seleno-bench:${name}:${RUN}` } : undefined)
  const variants = [
    ["in-process", null, 1],
    ["redis", onRedis("redis"), 1],
    ["redis-x2", onRedis("redis-x2"), 2],
  ].filter(([name]) => !ONLY || ONLY === name)
  for (const [variant, redis, servers] of variants) {
    if (redis === undefined) {
      log("redis: SKIPPED (no Redis answers at REDIS_URL or redis://127.0.0.1:6379)")
      continue
    }
    try {
      const result = await variantRun(variant, database, redis, servers)
      rows.push({ variant, ...result })
      log(`${variant}: ${result.orders} orders in ${result.seconds.toFixed(1)}s${Object.keys(result.failures).length ? `, failures ${JSON.stringify(result.failures)}` : ""}`)
    } finally {
      if (redis) {
        const client = await redisClient(redis.url)
        await deleteRedisKeys(client, `${redis.prefix}:*`)
        client.disconnect()
      }
    }
  }
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  if (database) await dropDatabase(DATABASE).catch(() => {})
}

if (rows.length) {
  console.log(`\nCheckout benchmark: ${CHECKOUTS} checkouts, concurrency ${CONCURRENCY}, production backend on 127.0.0.1:${PORT}\n`)
  console.log("| servers; workflow engine, events, locks | orders/s | complete p50 / p95 / p99 | whole checkout p50 (5 requests) | failed | orders stored / completed |")
  console.log("|---|---|---|---|---|---|")
  for (const r of rows) {
    const failed = Object.values(r.failures).reduce((a, b) => a + b, 0)
    console.log(
      `| ${r.variant} | ${(r.orders / r.seconds).toFixed(1)} | ${fmt(percentile(r.completeMs, 50))} / ${fmt(percentile(r.completeMs, 95))} / ${fmt(percentile(r.completeMs, 99))} | ${fmt(percentile(r.checkoutMs, 50))} | ${failed} | ${r.stored} / ${r.orders}${r.stored < r.orders ? " LOST" : ""} |`
    )
  }
}
