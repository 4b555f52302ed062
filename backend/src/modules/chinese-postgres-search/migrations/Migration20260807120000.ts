// The provider extends Medusa's PostgreSQL search provider, so it needs that provider's tables and
// extensions (search_postgres_index, pg_trgm, unaccent); Medusa runs a provider's migrations from
// the provider's own folder, hence this re-export.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
