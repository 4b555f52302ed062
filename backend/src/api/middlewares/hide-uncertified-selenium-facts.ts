import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasSeleniumFacts, withoutSeleniumFacts } from "@seleno/domain"
import { getProductCertificationsWorkflow } from "../../workflows/certification/get-product-certifications"

type WithMetadata = { id?: string; metadata?: Record<string, unknown> | null }

/** Ids of the certified products among `ids`, by the badge predicate, evaluated now. */
async function certifiedAmong(req: MedusaRequest, ids: string[]): Promise<Set<string>> {
  const { result } = await getProductCertificationsWorkflow(req.scope).run({ input: { productIds: ids } })
  return new Set(result.filter((c) => c.certified).map((c) => c.product_id))
}

/**
 * The claim rule at read time on Medusa's store product routes: an uncertified product's answer
 * carries no selenium facts (mg/kg and serving, from which µg per serving and the intake share are
 * derived). Decided per request from the certificates, so a lapsed or revoked certificate takes the
 * facts away with the next response. If certification cannot be read, every product loses its facts.
 */
export function hideUncertifiedSeleniumFacts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    const page = body as { product?: WithMetadata; products?: WithMetadata[] } | null
    const products = [page?.product, ...(page?.products ?? [])].filter((p): p is WithMetadata => Boolean(p?.metadata && hasSeleniumFacts(p.metadata)))
    if (products.length === 0) return json(body)
    const strip = (keep: Set<string>) => {
      for (const p of products) if (!p.id || !keep.has(p.id)) p.metadata = withoutSeleniumFacts(p.metadata!)
    }
    certifiedAmong(req, products.map((p) => p.id).filter((id): id is string => Boolean(id)))
      .then(strip, () => strip(new Set()))
      .then(() => json(body), next)
    return res
  }) as typeof res.json
  next()
}
