/** What the admin and the portal see of a register entry (IssuerView in @seleno/domain). */
export const ISSUER_SELECT = ["id", "name", "cma_number", "cnas_number", "scope_categories", "scope_standard_codes", "active"] as const
