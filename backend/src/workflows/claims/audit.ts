import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { listingClaims } from "./listing-claims"

export interface ClaimAuditRow {
  handle: string
  title: string
  /** Claim words found, with the field they are in ("富硒 (title)"). */
  words: string[]
  facts: boolean
  certified: boolean
  /** "certified", or why not (no_certificate, certificate_expired …). */
  reason: string
  /** Problem codes; non-empty means the product is on sale against the claim rule. */
  problems: string[]
}

export interface ClaimAudit {
  rows: ClaimAuditRow[]
  violations: ClaimAuditRow[]
}

/** Every published product with its claim status, by the claim rule; violations are the rows with problems. */
export async function auditClaims(container: MedusaContainer): Promise<ClaimAudit> {
  const published = await container.resolve(Modules.PRODUCT).listProducts({ status: ProductStatus.PUBLISHED }, { select: ["id"] })
  const listings = await listingClaims(container, published.map((p) => p.id))
  const rows = listings
    .map((l) => ({
      handle: l.handle,
      title: l.title,
      words: l.verdict.words.flatMap((f) => f.words.map((w) => `${w} (${f.field})`)),
      facts: l.verdict.has_facts,
      certified: l.verdict.certified,
      reason: l.verdict.reason,
      problems: l.verdict.problems,
    }))
    .sort((a, b) => a.handle.localeCompare(b.handle))
  return { rows, violations: rows.filter((r) => r.problems.length > 0) }
}

/** The audit as a plain-text table, one product a line, and a closing count. */
export function formatClaimAudit(audit: ClaimAudit): string {
  const header = ["product", "claim words", "facts", "certification", "status"]
  const lines = audit.rows.map((r) => [
    r.handle,
    r.words.join(", ") || "-",
    r.facts ? "yes" : "no",
    r.reason,
    r.problems.length ? `VIOLATION ${r.problems.join(" ")}` : "ok",
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]!].length)))
  const row = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i]! - [...c].length)).join("  ").trimEnd()
  return [
    row(header),
    row(widths.map((w) => "-".repeat(w))),
    ...lines.map(row),
    "",
    `${audit.rows.length} published products, ${audit.violations.length} violating the claim rule`,
  ].join("\n")
}
