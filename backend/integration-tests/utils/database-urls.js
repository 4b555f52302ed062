// Where integration tests put their databases: DB_HOST/DB_PORT/DB_USERNAME (the variables
// @medusajs/test-utils reads), defaulting to the local PostgreSQL on 127.0.0.1:5432.
const TEMPLATE_DB = "seleno_it_template"

function serverUrl(database) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${password}@${host}:${port}/${database}`
}

module.exports = {
  TEMPLATE_DB,
  adminUrl: () => serverUrl("postgres"),
  templateUrl: () => serverUrl(TEMPLATE_DB),
}
