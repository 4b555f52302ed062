// Where integration tests put their databases: DB_HOST/DB_PORT/DB_USERNAME (the variables
// @medusajs/test-utils reads), defaulting to the local PostgreSQL on 127.0.0.1:5432.
// SELENO_IT_DB_SUFFIX keeps runs from two checkouts on one server apart (each has its own template).
const SUFFIX = (process.env.SELENO_IT_DB_SUFFIX || "").replace(/[^a-z0-9_]/gi, "")
const TEMPLATE_DB = `seleno_it_template${SUFFIX}`

function serverUrl(database) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${password}@${host}:${port}/${database}`
}

module.exports = {
  TEMPLATE_DB,
  /** A suite's own database name, with this run's suffix. */
  suiteDatabase: (name) => `${name}${SUFFIX}`,
  adminUrl: () => serverUrl("postgres"),
  templateUrl: () => serverUrl(TEMPLATE_DB),
}
