import { execFileSync } from "node:child_process"
import path from "node:path"
import { Client } from "pg"
import { BRANDS, deploymentProblems, EXAMPLE_DEPLOYMENT_ENV } from "@seleno/domain"
import { REFERENCE_STANDARDS } from "../../src/seed/standards-data"
import { SEED_CATEGORIES } from "../../src/seed/catalogue-data"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { adminUrl, suiteDatabase } = require("../utils/database-urls")

/**
 * The deployment's own first steps, as docs/deploy.md lists them, on a fresh database: `medusa
 * db:migrate` and the seed, both through the real config loader with a safe SELENO_ENV=production
 * environment (shared PostgreSQL and Redis). Only reference data may come out: no demo login, no
 * product, enterprise or campaign.
 */
const BACKEND = path.join(__dirname, "../..")
const MEDUSA = path.join(BACKEND, "../node_modules/.bin/medusa")
const DB = suiteDatabase("seleno_it_deployment_seed")
const dbUrl = adminUrl().replace(/\/postgres$/, `/${DB}`)

const deploymentEnv = {
  ...EXAMPLE_DEPLOYMENT_ENV,
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  MEDUSA_DISABLE_TELEMETRY: "true",
  DATABASE_URL: dbUrl,
  REDIS_URL: process.env.SELENO_TEST_REDIS_URL || "redis://127.0.0.1:6379",
  REDIS_PREFIX: `seleno-it-deploy-seed-${process.pid}-${Date.now()}`,
  LOG_LEVEL: "error",
}

async function withDatabase<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const count = async (client: Client, sql: string): Promise<number> => Number((await client.query(sql)).rows[0].count)
const medusa = (args: string[]) => execFileSync(MEDUSA, args, { cwd: BACKEND, env: deploymentEnv, stdio: "pipe", maxBuffer: 64 * 1024 * 1024 })

describe("the deployment seed", () => {
  jest.setTimeout(300_000)

  beforeAll(async () => {
    await withDatabase(adminUrl(), async (client) => {
      await client.query(`drop database if exists "${DB}" with (force)`)
      await client.query(`create database "${DB}"`)
    })
  })
  afterAll(async () => {
    await withDatabase(adminUrl(), (client) => client.query(`drop database if exists "${DB}" with (force)`))
  })

  it("migrates and seeds reference data only: regions, categories, standards, public brands; no demo accounts, products, enterprises or campaigns", async () => {
    expect(deploymentProblems(deploymentEnv)).toEqual([])
    try {
      medusa(["db:migrate"])
      medusa(["exec", "./src/scripts/seed.ts"])
      // Idempotent, like the demo seed: a second run adds nothing.
      medusa(["exec", "./src/scripts/seed.ts"])
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer }
      throw new Error(`medusa failed:\n${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`)
    }

    await withDatabase(dbUrl, async (db) => {
      // Reference data.
      expect(await count(db, "select count(*) from region where deleted_at is null")).toBe(1)
      expect(await count(db, "select count(*) from product_category where deleted_at is null")).toBe(SEED_CATEGORIES.length)
      expect(await count(db, "select count(*) from selenium_standard where deleted_at is null")).toBe(REFERENCE_STANDARDS.length)
      expect(await count(db, "select count(*) from brand where deleted_at is null")).toBe(BRANDS.length)
      expect(await count(db, "select count(*) from api_key where type = 'publishable' and title = 'Seleno Storefront' and revoked_at is null")).toBe(1)
      // No demo data.
      expect(await count(db, "select count(*) from product")).toBe(0)
      expect(await count(db, "select count(*) from customer")).toBe(0)
      expect(await count(db, `select count(*) from "user"`)).toBe(0)
      expect(await count(db, "select count(*) from auth_identity")).toBe(0)
      expect(await count(db, "select count(*) from enterprise")).toBe(0)
      expect(await count(db, "select count(*) from enterprise_account")).toBe(0)
      expect(await count(db, "select count(*) from issuer")).toBe(0)
      expect(await count(db, "select count(*) from certificate")).toBe(0)
      expect(await count(db, "select count(*) from campaign_page")).toBe(0)
      expect(await count(db, "select count(*) from promotion")).toBe(0)
    })
  })
})
