import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PublicBatchVoid } from "@seleno/domain"
import { isAuthorizationInForce } from "../../../../../modules/enterprise/authorization"
import { getProductCertificationsWorkflow } from "../../../../../workflows/certification/get-product-certifications"
import { parseTraceKey } from "../../helpers"

type BatchRecord = {
  id: string
  gtin: string
  lot: string
  produced_on: string
  quantity: number
  inspection_mg_per_kg: number | null
  inspection_lab: string | null
  inspected_on: string | null
  voided_at: string | null
  void_reason: string | null
  events: ({ type: string; occurred_at: Date | string; place: string; description: string | null } | null)[]
  product_variant: {
    id: string
    title: string
    product: { id: string; handle: string; title: string; thumbnail: string | null; brand: { id: string; handle: string; name: string } | null }
  } | null
  enterprise: {
    handle: string
    name: string
    brand_authorizations: ({ category_handles: string[]; valid_from: string; valid_until: string; revoked_at: string | null; brand: { id: string } | null } | null)[]
  } | null
  enterprise_base: { name: string; county: string; location: string | null } | null
}

/** GET /store/trace/:gtin/:lot — the public record of one batch: product, origin, events, inspection and certificate. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { gtin, lot } = parseTraceKey(req.params)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "trace_batch",
      fields: [
        "id", "gtin", "lot", "produced_on", "quantity", "inspection_mg_per_kg", "inspection_lab", "inspected_on", "voided_at", "void_reason",
        "events.type", "events.occurred_at", "events.place", "events.description",
        "product_variant.id", "product_variant.title",
        "product_variant.product.id", "product_variant.product.handle", "product_variant.product.title", "product_variant.product.thumbnail",
        "product_variant.product.brand.id", "product_variant.product.brand.handle", "product_variant.product.brand.name",
        "enterprise.brand_authorizations.category_handles", "enterprise.brand_authorizations.valid_from",
        "enterprise.brand_authorizations.valid_until", "enterprise.brand_authorizations.revoked_at", "enterprise.brand_authorizations.brand.id",
        "enterprise.handle", "enterprise.name", "enterprise_base.name", "enterprise_base.county", "enterprise_base.location",
      ],
      filters: { gtin, lot },
    },
    { locale: req.locale }
  )
  const batch = data[0] as unknown as BatchRecord | undefined
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No batch with lot ${lot} of ${gtin}`)
  const productId = batch.product_variant?.product.id
  const { result } = productId
    ? await getProductCertificationsWorkflow(req.scope).run({ input: { productIds: [productId] } })
    : { result: [] }
  const { product_variant, enterprise_base, enterprise, events, id: _id, voided_at, void_reason, ...rest } = batch
  const { brand = null, ...product } = product_variant?.product ?? { brand: null }
  const authorization = brand
    ? (enterprise?.brand_authorizations ?? []).find((a) => a !== null && a.brand?.id === brand.id && isAuthorizationInForce(a))
    : undefined
  res.json({
    batch: {
      ...rest,
      product: product_variant ? product : null,
      enterprise: enterprise ? { handle: enterprise.handle, name: enterprise.name } : null,
      brand: brand ? { handle: brand.handle, name: brand.name } : null,
      // The authorization in force that lets this enterprise sell under the brand, if any.
      brand_authorization: authorization ? { valid_until: authorization.valid_until, category_handles: authorization.category_handles } : null,
      variant: product_variant ? { id: product_variant.id, title: product_variant.title } : null,
      base: enterprise_base,
      events: events.filter((e) => e !== null).sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime()),
      certification: result[0] ?? null,
      // A withdrawn batch: the QR page says so with the reason and shows no certified badge.
      voided: voided_at ? ({ voided_at: new Date(voided_at).toISOString(), reason: void_reason ?? "" } satisfies PublicBatchVoid) : null,
    },
  })
}
