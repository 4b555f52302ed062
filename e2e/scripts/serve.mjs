// Starts the whole product for the end-to-end suite on a database of its own: a copy of the
// migrated template when the integration tests left one, else an empty database that the
// launcher migrates. The launcher then seeds it and reuses (or makes) the production builds.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const server = process.env.E2E_PG_SERVER || "postgres://postgres@localhost:5432"
const database = process.env.E2E_DATABASE || "seleno_e2e"
const template = "seleno_it_template"

const client = new pg.Client({ connectionString: `${server}/postgres` })
await client.connect()
await client.query(`drop database if exists "${database}" with (force)`)
const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [template])
await client.query(rowCount ? `create database "${database}" template "${template}"` : `create database "${database}"`)
await client.end()
console.log(`[e2e] database ${database} ${rowCount ? `cloned from ${template}` : "created empty"}`)

const launcher = spawn(process.execPath, [path.join(root, "packages/launcher/bin/seleno.mjs"), "start"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: `${server}/${database}` },
})
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => launcher.kill(signal))
launcher.on("exit", (code) => process.exit(code ?? 0))
