import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListTraceBatchesType } from "./validators"

type VariantBatches = { id: string; title: string; trace_batches: ({ gtin: string; lot: string; produced_on: Date | string; voided_at: Date | string | null } | null)[] | null }

/** GET /store/trace?product_id=… — a product's batches, newest first, to link to their GS1 Digital Link records; withdrawn batches are left out. */
export const GET = async (req: MedusaRequest<unknown, StoreListTraceBatchesType>, res: MedusaResponse) => {
  const { product_id } = req.validatedQuery as StoreListTraceBatchesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.title", "variants.trace_batches.gtin", "variants.trace_batches.lot", "variants.trace_batches.produced_on", "variants.trace_batches.voided_at"],
    filters: { id: product_id, status: "published" },
  })
  const variants = ((data[0]?.variants ?? []) as unknown as VariantBatches[]).filter(Boolean)
  const batches = variants
    .flatMap((v) => (v.trace_batches ?? []).flatMap((b) => (b && !b.voided_at ? [{ gtin: b.gtin, lot: b.lot, produced_on: b.produced_on, variant_id: v.id }] : [])))
    .sort((a, b) => new Date(b.produced_on).getTime() - new Date(a.produced_on).getTime())
  res.json({ batches })
}
