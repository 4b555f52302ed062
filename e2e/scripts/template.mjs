// The integration tests' migrated template database (backend/integration-tests/utils/database-urls.js
// names it the same way, with this run's SELENO_IT_DB_SUFFIX), which e2e databases are cloned from.
const suffix = (process.env.SELENO_IT_DB_SUFFIX || "").replace(/[^a-z0-9_]/gi, "")
export const E2E_TEMPLATE_DB = `seleno_it_template${suffix}`
