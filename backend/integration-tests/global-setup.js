// Migrates and seeds one template database per test run; every suite then starts from a copy of
// it (CREATE DATABASE … TEMPLATE), which takes a second instead of a migration and a seed.
const { execFileSync } = require("node:child_process")
const path = require("node:path")
const { Client } = require("pg")
const { adminUrl, templateUrl, TEMPLATE_DB } = require("./utils/database-urls")

module.exports = async function globalSetup() {
  const client = new Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${TEMPLATE_DB}" with (force)`)
    await client.query(`create database "${TEMPLATE_DB}"`)
  } finally {
    await client.end()
  }
  const started = Date.now()
  execFileSync(path.join(__dirname, "../../node_modules/.bin/medusa"), ["db:migrate", "--skip-scripts"], {
    cwd: path.join(__dirname, ".."),
    // Migrated with the in-process modules, like every suite that does not opt in to Redis.
    env: { ...process.env, DATABASE_URL: templateUrl(), MEDUSA_DISABLE_TELEMETRY: "true", REDIS_URL: undefined },
    stdio: "inherit",
  })
  console.log(`\nTemplate database ${TEMPLATE_DB} migrated in ${((Date.now() - started) / 1000).toFixed(1)}s`)
  // Seeded once here rather than once per suite: each suite's own seed run then only finds what
  // it needs already present (the seed is idempotent) and announces the products to the search
  // index of its freshly booted server.
  const seeding = Date.now()
  // Its output is kept unless it fails: outside a server the search index does not exist yet, so
  // the product events log errors that mean nothing here (each suite's server builds its index).
  try {
    execFileSync(path.join(__dirname, "../../node_modules/.bin/medusa"), ["exec", "./src/scripts/seed.ts"], {
      cwd: path.join(__dirname, ".."),
      env: { ...process.env, DATABASE_URL: templateUrl(), MEDUSA_DISABLE_TELEMETRY: "true", REDIS_URL: undefined },
      stdio: "pipe",
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    process.stderr.write(String(error.stdout ?? "") + String(error.stderr ?? ""))
    throw error
  }
  console.log(`Template database ${TEMPLATE_DB} seeded in ${((Date.now() - seeding) / 1000).toFixed(1)}s`)
}
