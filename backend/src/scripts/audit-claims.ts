import type { ExecArgs } from "@medusajs/framework/types"
import { auditClaims, formatClaimAudit } from "../workflows/claims/audit"

/**
 * `npm run audit:claims`: every published product with its selenium claim status. Fails (non-zero
 * exit) when a product on sale makes a claim no certificate in force covers.
 */
export default async function auditClaimsScript({ container }: ExecArgs): Promise<void> {
  const audit = await auditClaims(container)
  console.log(formatClaimAudit(audit))
  if (audit.violations.length > 0) {
    throw new Error(`Claim audit: ${audit.violations.length} published products break the claim rule: ${audit.violations.map((v) => v.handle).join(", ")}`)
  }
}
