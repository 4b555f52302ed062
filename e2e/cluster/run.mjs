// `npm run test:cluster`: Seleno as a deployment runs it, on loopback. nginx (Debian's) balances two
// API servers (MEDUSA_WORKER_MODE=server) started from ONE `medusa build` output; one worker
// (MEDUSA_WORKER_MODE=worker) runs subscribers and scheduled jobs; all share PostgreSQL (a fresh
// database), Redis (event bus, workflow engine, locking, caching; a key prefix of this run), an
// S3-compatible server (s3rver) for files and a capturing SMTP server (smtp-server) for e-mail.
// It checks, printing its figures: checkouts through the balancer; 100 buyers for a variant with
// stock 5 make exactly 5 orders; a scheduled job runs once per tick in the cluster; an upload made
// through server A is served through server B; SIGKILLing server A under checkout load loses no
// order; order confirmation and password-reset e-mails arrive over SMTP; two stateless storefront
// instances behind their own nginx render pages and one shopper's cart from the balanced API.
// Exits 1 on any failure and tears everything down.
//
// Needs: PostgreSQL (E2E_PG_SERVER, default localhost:5432), Redis (REDIS_URL, default
// redis://127.0.0.1:6379), nginx (apt-get install -y nginx). Ports CLUSTER_PORT_BASE (9380) … +8.
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { createSeededDatabase, deleteRedisKeys, dropDatabase, ensureBuild, redisClient, startBackend, startStorefront } from "../scripts/backend-process.mjs"
import { completeCart, concurrently, readyCart, storeClient } from "../scripts/checkout-driver.mjs"
import { startNginx, startS3, startSmtp } from "./services.mjs"

const RUN = `${Date.now().toString(36)}-${process.pid}`
const REVALIDATE_SECRET = randomBytes(32).toString("hex")
const BASE = Number(process.env.CLUSTER_PORT_BASE || 9380)
const PORTS = { nginx: BASE, a: BASE + 1, b: BASE + 2, worker: BASE + 3, s3: BASE + 4, smtp: BASE + 5, shop: BASE + 6, shopA: BASE + 7, shopB: BASE + 8 }
const DATABASE = `seleno_cluster_${process.pid}`
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const BUYERS = Number(process.env.CLUSTER_BUYERS || 100)
const STOCK = 5
const KILL_CARTS = Number(process.env.CLUSTER_KILL_CARTS || 24)
const MARKETING = "marketing-cluster@seleno.test"
const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")

const started = Date.now()
const secs = (ms) => (ms / 1000).toFixed(1)
const log = (message) => process.stdout.write(`[cluster ${secs(Date.now() - started).padStart(5)}s] ${message}\n`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const failures = []
const figures = {}
function check(ok, what) {
  log(`${ok ? "ok  " : "FAIL"} ${what}`)
  if (!ok) failures.push(what)
}

const teardown = []
let tornDown = false
async function tearDownAll() {
  if (tornDown) return
  tornDown = true
  for (const step of teardown.reverse()) {
    try {
      await step()
    } catch (error) {
      log(`teardown: ${error.message}`)
    }
  }
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => tearDownAll().finally(() => process.exit(130)))

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

async function eventually(probe, timeoutMs, stepMs = 500) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value || Date.now() > deadline) return value
    await sleep(stepMs)
  }
}

async function json(response) {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return { message: text }
  }
}

async function variantOf(call, handle) {
  const { status, data } = await call("GET", `/store/products?handle=${handle}&fields=id,*variants,variants.sku`)
  if (status !== 200 || !data.products?.[0]) throw new Error(`product ${handle}: ${status} ${JSON.stringify(data).slice(0, 200)}`)
  return data.products[0].variants.find((v) => v.sku === `${handle}-1`.toUpperCase()).id
}

/** Sets a variant's stock to `units` at every location, nothing reserved. */
async function setStock(url, variantId, units) {
  await sql(
    url,
    `update inventory_level set stocked_quantity = $2::numeric, raw_stocked_quantity = jsonb_build_object('value', $3::text, 'precision', 20),
            reserved_quantity = 0, raw_reserved_quantity = jsonb_build_object('value', '0', 'precision', 20)
      where inventory_item_id in (select inventory_item_id from product_variant_inventory_item where variant_id = $1 and deleted_at is null)`,
    [variantId, units, String(units)]
  )
}

/** Refuses to start when one of the ports is taken, naming it (a listen error later would skip the teardown). */
async function checkPortsFree() {
  for (const [name, port] of Object.entries(PORTS)) {
    await new Promise((resolve, reject) => {
      const probe = net.createServer()
      probe.once("error", () => reject(new Error(`port ${port} (${name}) is in use: stop what holds it or set CLUSTER_PORT_BASE`)))
      probe.listen(port, "127.0.0.1", () => probe.close(resolve))
    })
  }
}

async function main() {
  await checkPortsFree()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seleno-cluster-"))
  teardown.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  const logDir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "test-results", "cluster")
  fs.mkdirSync(logDir, { recursive: true })

  await ensureBuild(log)
  const s3 = await startS3(PORTS.s3, dir, "seleno-cluster")
  teardown.push(() => s3.close())
  const smtp = await startSmtp(PORTS.smtp, { user: "cluster-mailer", password: `smtp-${RUN}` })
  teardown.push(() => smtp.close())
  const redis = { url: REDIS_URL, prefix: `seleno-cluster:${RUN}` }
  teardown.push(async () => {
    const client = await redisClient(REDIS_URL)
    const removed = await deleteRedisKeys(client, `${redis.prefix}:*`)
    client.disconnect()
    log(`removed ${removed} Redis keys under ${redis.prefix}`)
  })
  const balancer = `http://127.0.0.1:${PORTS.nginx}`
  const env = {
    ...s3.env,
    ...smtp.env,
    // The public URL is the balancer's: reset links and file routes point at it, not at one server.
    MEDUSA_BACKEND_URL: balancer,
    STOREFRONT_URL: "http://shop.cluster.test",
    // The worker tells both storefront instances which cached pages went stale.
    STOREFRONT_REVALIDATE_SECRET: REVALIDATE_SECRET,
    STOREFRONT_REVALIDATE_URLS: `http://127.0.0.1:${PORTS.shopA},http://127.0.0.1:${PORTS.shopB}`,
    TRUSTED_PROXIES: "loopback",
    CAMPAIGN_SCHEDULE_MINUTES: "1",
    MARKETING_STAFF_EMAIL: MARKETING,
  }

  let t = Date.now()
  teardown.push(() => dropDatabase(DATABASE))
  const database = await createSeededDatabase(DATABASE, log, env)
  figures.database_s = secs(Date.now() - t)

  t = Date.now()
  const procs = {}
  const start = (name, mode, port) =>
    startBackend({ name: `cluster-${name}-${RUN}`, port, databaseUrl: database.url, redis, env: { ...env, MEDUSA_WORKER_MODE: mode } }).then((p) => {
      procs[name] = p
      teardown.push(() => p.stop())
      return p
    })
  // Started one after the other: three Medusa boots at once on a small machine only slow each other.
  await start("worker", "worker", PORTS.worker)
  await start("a", "server", PORTS.a)
  await start("b", "server", PORTS.b)
  figures.boot_s = secs(Date.now() - t)
  log(`worker, API server A and B up in ${figures.boot_s}s (ready ${secs(procs.worker.readyMs)}s / ${secs(procs.a.readyMs)}s / ${secs(procs.b.readyMs)}s)`)
  const nginx = await startNginx(PORTS.nginx, [`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`], dir, path.join(logDir, `nginx-${RUN}.log`))
  teardown.push(() => nginx.stop())

  const call = storeClient(balancer, database.key)
  const { data: regions } = await call("GET", "/store/regions")
  const setup = { regionId: regions.regions[0].id, variantIds: [] }

  // --- two stateless storefront instances behind their own nginx, on the balanced API.
  t = Date.now()
  const shops = []
  for (const [name, port] of [["shop-a", PORTS.shopA], ["shop-b", PORTS.shopB]]) {
    // nginx in front is the storefront's trusted proxy; the storefront names the visitor to the API.
    const shop = await startStorefront({ name: `cluster-${name}-${RUN}`, port, backendUrl: balancer, publishableKey: database.key, env: { TRUSTED_PROXIES: "loopback", STOREFRONT_URL: "http://shop.cluster.test", STOREFRONT_REVALIDATE_SECRET: REVALIDATE_SECRET } })
    teardown.push(() => shop.stop())
    shops.push(shop)
  }
  const shopNginx = await startNginx(PORTS.shop, shops.map((shop) => new URL(shop.url).host), path.join(dir, "shop"), path.join(logDir, `nginx-shop-${RUN}.log`))
  teardown.push(() => shopNginx.stop())
  figures.storefronts_up_s = secs(Date.now() - t)
  await checkStorefronts(call, setup, shops, `http://127.0.0.1:${PORTS.shop}`)
  await checkInvalidation(balancer, shops)

  // --- a scheduled job runs once per tick: the demo campaign starts and ends in the next minutes.
  const tick = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000
  const startsAt = new Date(tick - 20_000)
  const endsAt = new Date(tick + 40_000)
  const moved = await sql(
    database.url,
    `update promotion_campaign set starts_at = $1, ends_at = $2 where id = (select campaign_id from campaign_page where handle = 'xibohui-2026' and deleted_at is null)`,
    [startsAt, endsAt]
  ).then(() => sql(database.url, `select starts_at from promotion_campaign where starts_at = $1`, [startsAt]))
  if (moved.length !== 1) throw new Error("the seeded campaign xibohui-2026 was not found to reschedule")
  log(`campaign xibohui-2026 set to start ${startsAt.toISOString()} and end ${endsAt.toISOString()} (job every minute on the worker)`)

  // --- checkouts through the balancer: 100 buyers, stock 5.
  const scarce = await variantOf(call, "hanyin-selenium-rice")
  await setStock(database.url, scarce, STOCK)
  t = Date.now()
  const buyers = Array.from({ length: BUYERS }, (_, i) => `buyer-${i}-${RUN}@cluster.test`)
  const carts = await concurrently(buyers, (email) => readyCart(call, setup, { email, variantId: scarce }), 8)
  figures.carts_ready_s = secs(Date.now() - t)
  t = Date.now()
  // All at once; a complete waits for its turn on the inventory locks, so the answer may take long.
  const answers = await Promise.all(carts.map((cartId) => call("POST", `/store/carts/${cartId}/complete`, {}, 240_000).catch((e) => ({ status: 0, data: { message: String(e) } }))))
  figures.complete_all_s = secs(Date.now() - t)
  const orders = answers.filter((a) => a.status === 200 && a.data.type === "order")
  const byStatus = answers.reduce((acc, a) => ({ ...acc, [a.status === 200 ? a.data.type : a.status]: (acc[a.status === 200 ? a.data.type : a.status] ?? 0) + 1 }), {})
  const [{ n: dbOrders }] = await sql(
    database.url,
    `select count(distinct oi.order_id)::int as n from order_item oi join order_line_item oli on oli.id = oi.item_id join "order" o on o.id = oi.order_id
      where oli.variant_id = $1 and o.deleted_at is null and oi.deleted_at is null`,
    [scarce]
  )
  figures.stock_buyers = BUYERS
  figures.stock_orders = orders.length
  log(`${BUYERS} buyers for stock ${STOCK}: carts ready in ${figures.carts_ready_s}s, all completes answered in ${figures.complete_all_s}s: ${JSON.stringify(byStatus)}; ${dbOrders} orders in the database`)
  check(orders.length === STOCK, `exactly ${STOCK} of ${BUYERS} concurrent buyers got an order (got ${orders.length})`)
  check(dbOrders === STOCK, `the database holds exactly ${STOCK} orders of the scarce variant (holds ${dbOrders})`)
  const servedBy = fs.existsSync(nginx.accessLog) ? fs.readFileSync(nginx.accessLog, "utf8").split("\n").filter(Boolean).length : 0
  figures.balanced_requests = servedBy

  // --- e-mails over SMTP from the worker: order confirmation and password reset.
  const confirmed = orders[0]?.data.order
  if (confirmed) {
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes(confirmed.email) && m.subject.startsWith(`订单确认 #${confirmed.display_id}`)), 30_000)
    check(!!mail, `order confirmation #${confirmed.display_id} arrived over SMTP to ${confirmed.email}`)
  }
  const resetEmail = `reset-${RUN}@cluster.test`
  await fetch(`${balancer}/auth/customer/emailpass/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: resetEmail, password: "cluster-pass-1" }) })
  await fetch(`${balancer}/auth/customer/emailpass/reset-password`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ identifier: resetEmail }) })
  const reset = await eventually(() => smtp.messages.find((m) => m.to.includes(resetEmail) && m.subject.startsWith("重置密码")), 30_000)
  const link = reset?.text.match(/http:\/\/shop\.cluster\.test\/zh-CN\/account\/reset-password\?\S+/)?.[0]
  check(!!link && new URL(link).searchParams.get("token")?.length > 20, `password reset e-mail arrived over SMTP with its link (${link ? link.slice(0, 60) + "…" : "none"})`)

  // --- an upload through server A is served through server B (shared S3 storage).
  const login = await json(await fetch(`${balancer}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" }) }))
  const admin = { authorization: `Bearer ${login.token}` }
  const form = new globalThis.FormData()
  form.append("files", new globalThis.Blob([TINY_PNG], { type: "image/png" }), "cluster.png")
  const uploaded = await json(await fetch(`${procs.a.url}/admin/uploads`, { method: "POST", headers: admin, body: form }))
  const file = uploaded.files?.[0]
  const viaB = file ? await json(await fetch(`${procs.b.url}/admin/uploads/${encodeURIComponent(file.id)}`, { headers: admin })) : {}
  const fromB = viaB.file?.url ? Buffer.from(await (await fetch(viaB.file.url)).arrayBuffer()) : Buffer.alloc(0)
  const publicAnswer = file?.url ? await fetch(file.url) : null
  const fromPublic = publicAnswer ? Buffer.from(await publicAnswer.arrayBuffer()) : Buffer.alloc(0)
  check(!!file && file.url.startsWith(s3.env.S3_FILE_URL), `upload through server A stored in the bucket (${file?.id})`)
  check(fromB.length > 0 && fromB.subarray(0, 8).equals(TINY_PNG.subarray(0, 8)) && fromB.equals(fromPublic), `server B hands out the same file (${fromB.length} bytes) as its public URL (${publicAnswer?.status}, ${publicAnswer?.headers.get("cache-control")})`)

  // --- SIGKILL of server A under checkout load loses no order.
  const steady = await variantOf(call, "ziyang-maojian-green-tea")
  await setStock(database.url, steady, 100_000)
  t = Date.now()
  const killEmails = Array.from({ length: KILL_CARTS }, (_, i) => `kill-${i}-${RUN}@cluster.test`)
  const killCarts = await concurrently(killEmails, (email) => readyCart(call, setup, { email, variantId: steady }), 8)
  const first = new Array(KILL_CARTS).fill(null)
  let answered = 0
  let killedAt = null
  const inflight = []
  for (const [i, cartId] of killCarts.entries()) {
    inflight.push(
      completeCart(call, cartId)
        .catch((e) => ({ status: 0, data: { message: String(e.cause?.code ?? e.message) } }))
        .then((answer) => {
          first[i] = answer
          if (++answered >= Math.ceil(KILL_CARTS / 3) && !killedAt) {
            killedAt = Date.now()
            procs.a.kill("SIGKILL")
          }
        })
    )
    await sleep(150)
  }
  await Promise.all(inflight)
  const firstTally = first.reduce((acc, a) => {
    const k = a.status === 200 && a.data.type === "order" ? "order" : String(a.status)
    return { ...acc, [k]: (acc[k] ?? 0) + 1 }
  }, {})
  log(`server A SIGKILLed after ${answered >= 0 ? Math.ceil(KILL_CARTS / 3) : 0} answers; first answers: ${JSON.stringify(firstTally)}`)
  const refusals = [...new Set(first.filter((a) => a.status !== 200).map((a) => `${a.status} ${String(a.data?.message ?? a.data?.type ?? "").slice(0, 90)}`))]
  if (refusals.length) log(`refusals at the kill: ${refusals.join(" | ")}`)
  const answeredOrders = first.flatMap((a, i) => (a.status === 200 && a.data.type === "order" ? [{ cart: killCarts[i], order: a.data.order.id }] : []))
  const known = await sql(database.url, `select order_id, cart_id from order_cart where cart_id = any($1) and deleted_at is null`, [killCarts])
  const lost = answeredOrders.filter((a) => !known.some((k) => k.order_id === a.order && k.cart_id === a.cart))
  check(lost.length === 0, `every 200 completion (${answeredOrders.length}) has its order in the database (${lost.length} lost)`)
  // The others are tried again through the balancer (now only B) until they complete.
  const retryDeadline = Date.now() + 150_000
  const final = [...first]
  const tries = new Array(KILL_CARTS).fill(1)
  await concurrently(
    killCarts,
    async (cartId, i) => {
      while (!(final[i].status === 200 && final[i].data.type === "order") && Date.now() < retryDeadline) {
        await sleep(1000)
        tries[i]++
        final[i] = await completeCart(call, cartId).catch((e) => ({ status: 0, data: { message: String(e) } }))
      }
    },
    6
  )
  figures.kill_carts = KILL_CARTS
  figures.kill_retried = tries.filter((n) => n > 1).length
  figures.kill_recovery_s = secs(Date.now() - killedAt)
  const done = final.filter((a) => a.status === 200 && a.data.type === "order").length
  const perCart = await sql(database.url, `select cart_id, count(*)::int as n from order_cart where cart_id = any($1) and deleted_at is null group by cart_id`, [killCarts])
  const doubled = perCart.filter((r) => r.n > 1)
  const sameOrder = answeredOrders.every((a) => final[killCarts.indexOf(a.cart)].data.order?.id === a.order)
  log(`after the kill: ${figures.kill_retried} carts tried again, ${done}/${KILL_CARTS} completed within ${figures.kill_recovery_s}s of the kill; ${perCart.length} carts with an order, ${doubled.length} with two`)
  check(done === KILL_CARTS, `every cart of the kill test ends with an order (${done}/${KILL_CARTS})`)
  check(doubled.length === 0 && sameOrder, "no cart became two orders, and each answered order stayed the same")

  // --- the scheduled job: one "started" and one "ended" message, whichever process ran it.
  const waitUntil = endsAt.getTime() + 20_000 + 20_000
  if (Date.now() < waitUntil) log(`waiting ${secs(waitUntil - Date.now())}s for the campaign job's ticks`)
  await eventually(() => smtp.messages.filter((m) => m.to.includes(MARKETING)).length >= 2 && Date.now() >= waitUntil, Math.max(0, waitUntil - Date.now()) + 30_000, 1000)
  const startedMails = smtp.messages.filter((m) => m.to.includes(MARKETING) && m.subject.startsWith("活动已开始")).length
  const endedMails = smtp.messages.filter((m) => m.to.includes(MARKETING) && m.subject.startsWith("活动已结束")).length
  figures.job_started_mails = startedMails
  figures.job_ended_mails = endedMails
  check(startedMails === 1 && endedMails === 1, `the campaign job reported the start once and the end once in the cluster (started ${startedMails}, ended ${endedMails})`)

  figures.smtp_messages = smtp.messages.length
  figures.total_s = secs(Date.now() - started)
  log(`figures: ${JSON.stringify(figures)}`)
}

/**
 * What a shopper gets from either storefront instance: the product page with the API's price, and
 * the cart a cookie names (kept by the backend, so any instance shows it), also through nginx.
 */
async function checkStorefronts(call, setup, shops, shopBalancer) {
  const { data } = await call("GET", `/store/products?handle=ziyang-maojian-green-tea&region_id=${setup.regionId}&fields=title,*variants.calculated_price`)
  const product = data.products[0]
  const price = Number(product.variants[0].calculated_price.calculated_amount).toFixed(2)
  const cartId = await readyCart(call, setup, { email: `shop-${RUN}@cluster.test`, variantId: product.variants[0].id })
  const noCart = await (await fetch(`${shopBalancer}/zh-CN/cart`)).text()
  check(!noCart.includes(product.title), "without the cart cookie the cart page names no product (so the checks below mean the cart)")
  for (const url of [...shops.map((shop) => shop.url), shopBalancer, shopBalancer]) {
    const page = await fetch(`${url}/zh-CN/products/ziyang-maojian-green-tea`)
    const html = await page.text()
    check(page.status === 200 && html.includes(product.title) && html.includes(price), `${url} renders ${product.title} at ¥${price} (${page.status})`)
    const cart = await fetch(`${url}/zh-CN/cart`, { headers: { cookie: `_seleno_cart=${cartId}` } })
    check(cart.status === 200 && (await cart.text()).includes(product.title), `${url} shows the shopper's cart ${cartId.slice(0, 12)}… from the backend (${cart.status})`)
  }
}

/** An admin price change made through the balanced API reaches the cached page of every instance within 2 s. */
async function checkInvalidation(balancer, shops) {
  const login = await json(await fetch(`${balancer}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" }) }))
  const admin = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }
  const { products } = await json(await fetch(`${balancer}/admin/products?handle=ziyang-maojian-green-tea&fields=id,*variants,*variants.prices`, { headers: admin }))
  const variant = products[0].variants[0]
  const cny = variant.prices.find((p) => p.currency_code === "cny")
  const amount = cny.amount + 11
  const pagePath = "/zh-CN/products/ziyang-maojian-green-tea"
  for (const shop of shops) await fetch(`${shop.url}${pagePath}`) // cached on both before the change
  await fetch(`${balancer}/admin/products/${products[0].id}/variants/${variant.id}`, { method: "POST", headers: admin, body: JSON.stringify({ prices: [{ id: cny.id, currency_code: "cny", amount }] }) })
  const changed = Date.now()
  for (const shop of shops) {
    const fresh = await eventually(async () => ((await (await fetch(`${shop.url}${pagePath}`)).text()).includes(`¥${amount.toFixed(2)}`) ? true : undefined), 2000 - (Date.now() - changed), 100)
    check(!!fresh, `${shop.url} shows the admin's new price ¥${amount.toFixed(2)} ${Date.now() - changed} ms after the change`)
  }
}

try {
  await main()
} catch (error) {
  failures.push(error.stack ?? String(error))
  log(`FAIL ${error.stack ?? error}`)
} finally {
  await tearDownAll()
}
if (failures.length) {
  log(`${failures.length} check(s) failed in ${secs(Date.now() - started)}s`)
  process.exit(1)
}
log(`all checks passed in ${secs(Date.now() - started)}s`)
process.exit(0)
