import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { labelSheetSvg } from "../../../../../modules/traceability/label-sheet"

/**
 * GET /admin/trace-batches/:id/labels?page=1 — one A4 page (SVG) of the batch's package labels;
 * the X-Label-Pages header says how many pages there are.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "trace_batch",
    fields: ["id", "gtin", "lot", "serials.serial", "product_variant.product.title"],
    filters: { id: req.params.id },
  })
  const batch = data[0] as unknown as
    | { gtin: string; lot: string; serials: { serial: string }[]; product_variant: { product: { title: string } } | null }
    | undefined
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Batch ${req.params.id} was not found`)
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  const serials = [...batch.serials].sort((a, b) => a.serial.localeCompare(b.serial))
  const pages = await labelSheetSvg(
    serials.map(({ serial }) => ({
      url: `${storefront}/01/${batch.gtin}/10/${encodeURIComponent(batch.lot)}/21/${encodeURIComponent(serial)}`,
      shortCode: `${batch.gtin.slice(-6)}-${batch.lot}-${serial}`,
      productName: batch.product_variant?.product.title ?? "",
    }))
  )
  const page = Number(req.query.page ?? 1)
  if (!Number.isInteger(page) || page < 1 || page > Math.max(pages.length, 1)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `page must be a whole number from 1 to ${pages.length}`)
  }
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("X-Label-Pages", String(pages.length))
  res.send(pages[page - 1] ?? "")
}
