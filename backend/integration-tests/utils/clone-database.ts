import { Client } from "pg"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { adminUrl, TEMPLATE_DB } = require("./database-urls")

/** Recreates `name` as a copy of the migrated template database. */
export async function cloneTemplateDatabase(name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
    await client.query(`create database "${name}" template "${TEMPLATE_DB}"`)
  } finally {
    await client.end()
  }
}
