import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { claimVerdict, toMedusaLocale, type ClaimCertification, type ClaimVerdict } from "@seleno/domain"
import { getProductCertificationsWorkflow } from "../certification/get-product-certifications"
import { productCertification, type CertificateRecord } from "../certification/product-certification"
import { loadStandardBook } from "../certification/standard-book"
import { CERTIFICATE_FIELDS } from "../certification/steps/evaluate-product-certifications"

const ENGLISH = toMedusaLocale("en")

/** The texts the claim rule reads, Chinese and their English translations. */
const TEXT_FIELDS = ["title", "subtitle", "description"] as const

export interface ClaimListing {
  id: string
  handle: string
  title: string
  status: string
  enterprise: { id: string; handle: string; name: string } | null
  verdict: ClaimVerdict
}

type ProductRow = {
  id: string
  handle: string
  status: string
  title: string
  subtitle: string | null
  description: string | null
  metadata: Record<string, unknown> | null
  enterprise?: { id: string; handle: string; name: string } | null
}

async function englishTexts(container: MedusaContainer, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map()
  const rows = await container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: ids, locale_code: ENGLISH })
  return new Map(rows.map((r) => [r.reference_id, (r.translations ?? {}) as Record<string, unknown>]))
}

/**
 * Certification of each product by the single badge predicate. The workflow answers for published
 * products only; a listing still in draft or review is answered by the same rule over the same fields.
 */
export async function certificationsOf(container: MedusaContainer, ids: string[]): Promise<Map<string, ClaimCertification>> {
  const answers = new Map<string, ClaimCertification>()
  if (ids.length === 0) return answers
  const { result } = await getProductCertificationsWorkflow(container).run({ input: { productIds: ids } })
  for (const c of result) answers.set(c.product_id, { certified: c.certified, reason: c.reason })
  const unpublished = ids.filter((id) => !answers.has(id))
  if (unpublished.length > 0) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "enterprise.status", ...CERTIFICATE_FIELDS.map((f) => `certificates.${f}`)],
      filters: { id: unpublished },
    })
    const rows = data as unknown as { id: string; enterprise: { status: string } | null; certificates: (CertificateRecord | null)[] }[]
    const standards = await loadStandardBook(
      container.resolve(ContainerRegistrationKeys.QUERY),
      rows.flatMap((r) => (r.certificates ?? []).flatMap((c) => (c ? [c.standard_code] : [])))
    )
    for (const row of rows) {
      const c = productCertification(row, standards)
      answers.set(row.id, { certified: c.certified, reason: c.reason })
    }
  }
  return answers
}

/** Each listing with its claim verdict: claim words in its texts (both languages), selenium facts, certification. */
export async function listingClaims(container: MedusaContainer, ids: string[]): Promise<ClaimListing[]> {
  if (ids.length === 0) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "status", "title", "subtitle", "description", "metadata", "enterprise.id", "enterprise.handle", "enterprise.name"],
    filters: { id: ids },
  })
  const rows = data as unknown as ProductRow[]
  const [english, certifications] = await Promise.all([englishTexts(container, ids), certificationsOf(container, ids)])
  return rows.map((row) => {
    const en = english.get(row.id) ?? {}
    const texts: Record<string, string | null> = {}
    for (const field of TEXT_FIELDS) {
      texts[field] = row[field]
      texts[`${field}_en`] = typeof en[field] === "string" ? (en[field] as string) : null
    }
    return {
      id: row.id,
      handle: row.handle,
      title: row.title,
      status: row.status,
      enterprise: row.enterprise ?? null,
      verdict: claimVerdict({ texts, metadata: row.metadata, certification: certifications.get(row.id) }),
    }
  })
}
