import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { claimRefusalMessage, claimVerdict } from "@seleno/domain"
import { CLAIM_REFUSED } from "../../workflows/claims/claim-rule"

type NewProduct = { title?: unknown; subtitle?: unknown; description?: unknown; status?: unknown; metadata?: Record<string, unknown> | null }

const text = (value: unknown) => (typeof value === "string" ? value : null)

/**
 * POST /admin/products creating a product straight into "published": no certificate can be linked
 * to a product that does not exist yet, so a selenium claim on it is refused (the claim rule; the
 * update hook covers publishing an existing product).
 */
export function refuseClaimsOnNewPublishedProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as NewProduct
  if (body.status !== "published") return next()
  const verdict = claimVerdict({
    texts: { title: text(body.title), subtitle: text(body.subtitle), description: text(body.description) },
    metadata: body.metadata ?? null,
    certification: null,
  })
  if (verdict.problems.length === 0) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, claimRefusalMessage(text(body.title) ?? "", verdict), CLAIM_REFUSED))
}
