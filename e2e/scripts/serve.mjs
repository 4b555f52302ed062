// Starts the whole product for the end-to-end suite on a database of its own: a copy of the
// migrated template when the integration tests left one, else an empty database that the
// launcher migrates. The launcher then seeds it and reuses (or makes) the production builds.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startStripe, STRIPE_E2E } from "./stripe.mjs"
import { E2E_BACKEND_URL, E2E_STRIPE_CONTROL_PORT } from "../ports.mjs"
import { E2E_TEMPLATE_DB } from "./template.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const server = process.env.E2E_PG_SERVER || "postgres://postgres@localhost:5432"
const database = process.env.E2E_DATABASE || "seleno_e2e"
const template = E2E_TEMPLATE_DB

const client = new pg.Client({ connectionString: `${server}/postgres` })
await client.connect()
await client.query(`drop database if exists "${database}" with (force)`)
const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [template])
await client.query(rowCount ? `create database "${database}" template "${template}"` : `create database "${database}"`)
await client.end()
console.log(`[e2e] database ${database} ${rowCount ? `cloned from ${template}` : "created empty"}`)

// Stripe on, against the local test double (E2E_STRIPE=0 runs without): the backend gets keys and
// the test server's host, the storefront a publishable key (Stripe.js itself stays unreachable).
let stripeEnv = {}
let stripe
if (process.env.E2E_STRIPE !== "0") {
  const controlPort = E2E_STRIPE_CONTROL_PORT
  stripe = await startStripe({ root, backendUrl: E2E_BACKEND_URL, controlPort })
  stripeEnv = {
    STRIPE_API_KEY: STRIPE_E2E.apiKey,
    STRIPE_WEBHOOK_SECRET: STRIPE_E2E.webhookSecret,
    STRIPE_API_HOST: stripe.apiHost,
    STRIPE_PUBLISHABLE_KEY: STRIPE_E2E.publishableKey,
  }
  console.log(`[e2e] Stripe test server on ${stripe.apiHost}, control on 127.0.0.1:${controlPort}`)
}

const launcher = spawn(process.execPath, [path.join(root, "packages/launcher/bin/seleno.mjs"), "start"], {
  stdio: "inherit",
  // In-process event bus, workflows, locks and cache like `npm start`, even where CI exports
  // REDIS_URL for the Redis integration suites: a shared Redis would keep one run's cached
  // lookups for the next run's fresh database.
  // Pages are cached; the backend the launcher starts invalidates them (STOREFRONT_REVALIDATE_SECRET).
  env: { ...process.env, ...stripeEnv, DATABASE_URL: `${server}/${database}`, REDIS_URL: undefined },
})
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => launcher.kill(signal))
launcher.on("exit", async (code) => {
  await stripe?.close()
  process.exit(code ?? 0)
})
