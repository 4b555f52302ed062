// A production backend (`medusa start` from backend/.medusa/server) on a port and a database of
// its own, for the crash-safety test and the checkout benchmark: databases cloned from the
// integration tests' migrated template (or created and migrated), seeded by the real seed script,
// the server started as its own process group so it can be SIGKILLed and started again.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { E2E_TEMPLATE_DB } from "./template.mjs"
import { buildIfStale } from "../../packages/launcher/src/build.mjs"
import { readPublishableKey } from "../../packages/launcher/src/database.mjs"
import { BACKEND_BUILD_DIR, BIN, ROOT, STOREFRONT_DIR } from "../../packages/launcher/src/paths.mjs"
import { loadSecrets } from "../../packages/launcher/src/secrets.mjs"

export const PG_SERVER = process.env.E2E_PG_SERVER || "postgres://postgres@localhost:5432"
const TEMPLATE = E2E_TEMPLATE_DB
const LOG_DIR = path.join(ROOT, "e2e", "test-results", "backend-logs")

/** The environment of a production backend: no Stripe, no outside Redis unless asked, quiet logs. */
function backendEnv(databaseUrl, port, redis, extra = {}) {
  const env = { ...process.env }
  for (const name of ["REDIS_URL", "REDIS_PREFIX", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "MEILISEARCH_HOST"]) delete env[name]
  return {
    ...env,
    ...loadSecrets(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    ...(redis ? { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix } : {}),
    ...extra,
  }
}

/**
 * Makes the production builds that are missing or stale through the launcher's own build step
 * (a no-op after `npm start` or the Playwright suite's launcher built them).
 */
export async function ensureBuild(log = console.log) {
  await buildIfStale({ ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" }, log)
}

async function admin(task) {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres` })
  await client.connect()
  try {
    return await task(client)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(name) {
  await admin((client) => client.query(`drop database if exists "${name}" with (force)`))
}

/**
 * A fresh database `name`, migrated and seeded; returns its URL and the storefront's publishable
 * key. Cloned from the migrated template when there is one (a clone fails while someone else is
 * connected to the template: then it is created empty and migrated here).
 */
export async function createSeededDatabase(name, log = console.log, extraEnv = {}) {
  const url = `${PG_SERVER}/${name}`
  const cloned = await admin(async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`)
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [TEMPLATE])
    if (rowCount) {
      try {
        await client.query(`create database "${name}" template "${TEMPLATE}"`)
        return true
      } catch (error) {
        log(`cloning ${TEMPLATE} failed (${error.message}); migrating an empty database`)
      }
    }
    await client.query(`create database "${name}"`)
    return false
  })
  const started = Date.now()
  const env = backendEnv(url, 0, null, extraEnv)
  // Migrating a clone of the template only syncs links and the search index: quick.
  await runMedusa(["db:migrate"], env, `${name}-migrate`)
  await runMedusa(["exec", "./src/scripts/seed.js"], env, `${name}-seed`)
  const key = await readPublishableKey(url)
  if (!key) throw new Error(`the seed of ${name} created no publishable key`)
  log(`database ${name} ${cloned ? `cloned from ${TEMPLATE}` : "created"}, migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`)
  return { url, key }
}

function logFile(name) {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  return path.join(LOG_DIR, `${name}.log`)
}

function runMedusa(args, env, name) {
  const file = logFile(name)
  const out = fs.openSync(file, "w")
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, "medusa"), args, { cwd: BACKEND_BUILD_DIR, env, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`medusa ${args.join(" ")} failed (${signal ?? `exit ${code}`}); log: ${file}\n${tail(file)}`))
    })
  })
}

function tail(file, lines = 30) {
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

/**
 * Starts `medusa start` on `port` against `databaseUrl` (on Redis when `redis` = { url, prefix })
 * and resolves once /health answers. The server runs in its own process group: `kill("SIGKILL")`
 * takes it down at once, the way a crash would.
 */
export function startBackend({ name, port, databaseUrl, redis = null, env = {}, timeoutMs = 120_000 }) {
  return startService({
    name,
    command: path.join(BIN, "medusa"),
    args: ["start"],
    cwd: BACKEND_BUILD_DIR,
    env: backendEnv(databaseUrl, port, redis, env),
    url: `http://127.0.0.1:${port}`,
    readyPath: "/health",
    timeoutMs,
  })
}

/**
 * Starts one storefront instance (its production build, through storefront/server.mjs) on `port`,
 * calling the backend at `backendUrl`; resolves once its /api/health answers. Same handle as a backend.
 */
export function startStorefront({ name, port, backendUrl, publishableKey, env = {}, timeoutMs = 120_000 }) {
  return startService({
    name,
    command: process.execPath,
    args: ["server.mjs"],
    cwd: STOREFRONT_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
    url: `http://127.0.0.1:${port}`,
    readyPath: "/api/health",
    timeoutMs,
  })
}

/** A long-running process in its own group, logged to a file, ready once `url + readyPath` answers 2xx. */
async function startService({ name, command, args, cwd, env, url, readyPath, timeoutMs }) {
  const file = logFile(name)
  const out = fs.openSync(file, "a")
  const started = Date.now()
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  let exited = null
  const exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exited = { code, signal }))))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  const service = {
    url,
    pid: child.pid,
    logFile: file,
    exit,
    /** Sends `sig` to the whole process group and waits until the process is gone. */
    async kill(sig = "SIGKILL") {
      if (exited) return exited
      signal(sig)
      return exit
    },
    /** SIGTERM, then SIGKILL after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (exited) return exited
      signal("SIGTERM")
      const timer = setTimeout(() => signal("SIGKILL"), graceMs)
      const result = await exit
      clearTimeout(timer)
      return result
    },
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited while starting (${exited.signal ?? `exit ${exited.code}`}); log: ${file}\n${tail(file)}`)
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) {
        service.readyMs = Date.now() - started
        return service
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await service.kill("SIGKILL")
  throw new Error(`${name} did not answer ${readyPath} within ${timeoutMs / 1000}s; log: ${file}`)
}

/** A free-standing Redis client for cleanup, on the ioredis the backend already depends on. */
export async function redisClient(url) {
  const { default: Redis } = await import("ioredis")
  return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 })
}

/** Deletes every key that matches `pattern` (SCAN, never KEYS); returns how many. */
export async function deleteRedisKeys(redis, pattern, matches = () => true) {
  let cursor = "0"
  let deleted = 0
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000)
    cursor = next
    const doomed = []
    for (const key of batch) if (await matches(key)) doomed.push(key)
    if (doomed.length) deleted += await redis.unlink(...doomed)
  } while (cursor !== "0")
  return deleted
}

/**
 * Adds `units` to every inventory level of the database (tests about crashes and throughput, not
 * about selling out). Medusa reads the raw_ (BigNumber) column, so both are written.
 */
export async function addStock(databaseUrl, units = 100_000) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `update inventory_level set stocked_quantity = stocked_quantity + $1,
              raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + $1)::text, 'precision', 20)`,
      [units]
    )
  } finally {
    await client.end()
  }
}
