import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { buildDomainIfStale, buildIfStale } from "./build.mjs"
import { EMBEDDED_PG_PORT, openDatabase, readPublishableKey } from "./database.mjs"
import { BACKEND_BUILD_DIR, BACKEND_DIR, BIN, DATA_DIR, DOMAIN_DIR, STOREFRONT_DIR } from "./paths.mjs"
import { run, serve, stopAll, waitForHttp, withoutInactiveIndexNoise } from "./processes.mjs"
import { assertPortFree } from "./ports.mjs"
import { isDeploymentMode } from "./mode.mjs"
import { loadSecrets } from "./secrets.mjs"
import { readStamp, writeStamp } from "./stamps.mjs"

const log = (message) => console.log(`[seleno] ${message}`)

const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)

function baseEnv() {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    // Medusa logs every request at "http" level; keep the console readable unless asked.
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`,
    // The storefront on this host calls the backend for its visitors and names them in
    // X-Forwarded-For: the backend believes that header from loopback only.
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || "loopback",
  }
}

/**
 * The storefront's own server (storefront/server.mjs) replaces any X-Forwarded-For a browser sends.
 * Nothing stands in front of it in the local demo, so it trusts no proxy unless told to
 * (STOREFRONT_TRUSTED_PROXIES, e.g. the address of a reverse proxy put in front of it).
 */
function storefrontEnv(env, key) {
  return { ...env, MEDUSA_PUBLISHABLE_KEY: key, PORT: String(STOREFRONT_PORT), TRUSTED_PROXIES: process.env.STOREFRONT_TRUSTED_PROXIES || "" }
}

/**
 * Runs the whole product. mode "start": production builds (built only when stale);
 * mode "dev": medusa develop + next dev. One Ctrl-C stops everything, the database included.
 */
export async function main(mode) {
  const started = Date.now()
  let database = null
  let stopping = false

  const shutdown = async (code) => {
    if (stopping) return
    stopping = true
    log("Stopping …")
    await stopAll()
    if (database) await database.stop().catch((e) => log(`database stop: ${e.message}`))
    log("Stopped.")
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))
  const onServiceExit = (name, code, signal) => {
    if (stopping) return
    log(`${name} exited (${signal ?? `code ${code}`}); stopping the rest.`)
    shutdown(1)
  }

  try {
    await assertPortFree(BACKEND_PORT, "backend", "BACKEND_PORT")
    await assertPortFree(STOREFRONT_PORT, "storefront", "STOREFRONT_PORT")
    if (!process.env.DATABASE_URL && !isDeploymentMode()) await assertPortFree(EMBEDDED_PG_PORT, "embedded PostgreSQL", "SELENO_PG_PORT")
    database = await openDatabase(log)
    log(`Database: ${redact(database.url)}`)
    const prepareEnv = { ...baseEnv(), ...loadSecrets(), DATABASE_URL: database.url }
    const key = mode === "dev" ? await prepareDev(prepareEnv, database.url) : await prepareProduction(prepareEnv, database.url)
    // The backend signs its storefront cache invalidations with this and the storefront checks them:
    // both servers get the same value, a fresh one per start unless the environment sets it. (Not
    // given to the build and seed above: no storefront is listening to them yet.)
    const env = { ...prepareEnv, STOREFRONT_REVALIDATE_SECRET: process.env.STOREFRONT_REVALIDATE_SECRET || randomBytes(32).toString("hex") }
    fs.writeFileSync(path.join(DATA_DIR, "publishable-key"), key)

    if (mode === "dev") {
      // Rebuilds @seleno/domain's dist on every change, for the backend and storefront dev servers.
      serve("domain", path.join(BIN, "tsc"), ["-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"], { cwd: DOMAIN_DIR, env }, onServiceExit)
      serve("backend", path.join(BIN, "medusa"), ["develop"], { cwd: BACKEND_DIR, env: { ...env, PORT: String(BACKEND_PORT) } }, onServiceExit)
    } else {
      serve("backend", path.join(BIN, "medusa"), ["start"], { cwd: BACKEND_BUILD_DIR, env: { ...env, NODE_ENV: "production", PORT: String(BACKEND_PORT) } }, onServiceExit)
    }
    await waitForHttp(`http://localhost:${BACKEND_PORT}/health`, 180000)
    const serverArgs = mode === "dev" ? ["server.mjs", "--dev"] : ["server.mjs"]
    serve("storefront", process.execPath, serverArgs, { cwd: STOREFRONT_DIR, env: storefrontEnv(env, key) }, onServiceExit)
    await waitForHttp(`http://localhost:${STOREFRONT_PORT}/zh-CN`, 180000)
    printWelcome(env, ((Date.now() - started) / 1000).toFixed(1))
  } catch (error) {
    log(`Start failed: ${error instanceof Error ? error.message : String(error)}`)
    await shutdown(1)
  }
}

/**
 * `npm run search:reindex`: rewrites the product search index against the same database `npm start`
 * uses (stop the running stack first when it is the embedded one). Safe to run again.
 */
export async function reindexSearch() {
  await execBackendScript("reindex-search.js", "Reindex")
}

/** `npm run audit:claims`: prints the claim audit of the database `npm start` uses (or DATABASE_URL); non-zero on a violation. */
export async function auditClaims() {
  await execBackendScript("audit-claims.js", "Claim audit")
}

/** Runs one of the backend's `medusa exec` scripts against the embedded database (or DATABASE_URL), building if stale. */
async function execBackendScript(script, label) {
  let database = null
  try {
    if (!process.env.DATABASE_URL) await assertPortFree(EMBEDDED_PG_PORT, "embedded PostgreSQL (stop npm start first)", "SELENO_PG_PORT")
    database = await openDatabase(log)
    const env = { ...baseEnv(), ...loadSecrets(), DATABASE_URL: database.url, NODE_ENV: "production" }
    await buildIfStale(env, log)
    await run("medusa", path.join(BIN, "medusa"), ["exec", `./src/scripts/${script}`], { cwd: BACKEND_BUILD_DIR, env })
  } catch (error) {
    log(`${label} failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  } finally {
    if (database) await database.stop().catch(() => {})
  }
}

/**
 * `npm run bench:search [-- --count N]`: the search benchmark, against the stack `npm start` is
 * running (its embedded database, or DATABASE_URL) and, over HTTP, its backend.
 */
/**
 * `--count N` and `--keep` reach the script as BENCH_COUNT / BENCH_KEEP: `medusa exec` rejects
 * flags it does not know.
 */
function benchEnv(args) {
  const env = {}
  const at = args.indexOf("--count")
  const count = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith("--count="))?.split("=")[1]
  if (count) env.BENCH_COUNT = count
  if (args.includes("--keep")) env.BENCH_KEEP = "1"
  return env
}

export async function benchSearch(args) {
  const databaseUrl = process.env.DATABASE_URL || `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/seleno`
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  try {
    await waitForHttp(`${backendUrl}/health`, 2000)
  } catch {
    log(`No backend answers on ${backendUrl}: start the stack with npm start first.`)
    process.exitCode = 1
    return
  }
  const key = fs.readFileSync(path.join(DATA_DIR, "publishable-key"), "utf8").trim()
  const env = { ...baseEnv(), ...loadSecrets(), DATABASE_URL: databaseUrl, NODE_ENV: "production", BENCH_STORE_URL: backendUrl, BENCH_PUBLISHABLE_KEY: key, ...benchEnv(args) }
  await run("medusa", path.join(BIN, "medusa"), ["exec", "./src/scripts/bench-search.js"], { cwd: BACKEND_BUILD_DIR, env }).catch((error) => {
    log(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
}

async function prepareProduction(env, databaseUrl) {
  const { backend } = await buildIfStale(env, log)
  const medusa = (args, options) => run("medusa", path.join(BIN, "medusa"), args, { cwd: BACKEND_BUILD_DIR, env: { ...env, NODE_ENV: "production" }, ...options })
  return migrateAndSeed(medusa, backend, databaseUrl, "./src/scripts/seed.js")
}

async function prepareDev(env, databaseUrl) {
  // A fresh clone has no dist yet, and `medusa develop` imports it.
  await buildDomainIfStale(env, log)
  const medusa = (args, options) => run("medusa", path.join(BIN, "medusa"), args, { cwd: BACKEND_DIR, env, ...options })
  return migrateAndSeed(medusa, "dev", databaseUrl, "./src/scripts/seed.ts")
}

/** Migrates and seeds when this build has not yet met this database; both steps are idempotent. */
async function migrateAndSeed(medusa, buildHash, databaseUrl, seedScript) {
  // Setting the Stripe keys later must re-run the seed, which adds the Stripe providers to the region.
  const stripe = process.env.STRIPE_API_KEY && process.env.STRIPE_WEBHOOK_SECRET ? "stripe" : "no-stripe"
  const marker = `${buildHash}|${databaseUrl}|${stripe}`
  let key = await readPublishableKey(databaseUrl)
  if (readStamp("database") === marker && key) return key
  log("Migrating the database …")
  await medusa(["db:migrate"])
  log("Seeding the catalogue (only what is missing) …")
  await medusa(["exec", seedScript], { keepLine: withoutInactiveIndexNoise })
  key = await readPublishableKey(databaseUrl)
  if (!key) throw new Error("the seed created no publishable key")
  writeStamp("database", marker)
  return key
}

function printWelcome(env, seconds) {
  if (isDeploymentMode()) {
    console.log(`\n  Seleno is running in deployment mode (ready in ${seconds}s)\n  Storefront: ${env.STOREFRONT_URL}/zh-CN\n  Admin:      ${env.MEDUSA_BACKEND_URL}/app (no demo login: create the first admin with \`npx medusa user -e … -p …\` in backend/)\n`)
    return
  }
  const email = process.env.ADMIN_EMAIL || "admin@example.com"
  const password = process.env.ADMIN_PASSWORD ? "(ADMIN_PASSWORD)" : "supersecret"
  console.log(
    [
      "",
      `  Seleno is running (ready in ${seconds}s)`,
      `  Storefront: ${env.STOREFRONT_URL}/zh-CN`,
      `  Admin:      ${env.MEDUSA_BACKEND_URL}/app   login ${email} / ${password}`,
      "  Press Ctrl-C to stop everything.",
      "",
    ].join("\n")
  )
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@")
}
