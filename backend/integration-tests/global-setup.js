// Migrates one template database per test run; every suite then starts from a copy of it
// (CREATE DATABASE … TEMPLATE), which takes a second instead of a full migration.
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
}
