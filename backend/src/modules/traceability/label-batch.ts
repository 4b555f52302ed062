import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { LabelBatch } from "./label-pdf"

/** A batch's labels in serial order, each QR code opening the serial's GS1 Digital Link page on the storefront. */
export async function loadLabelBatch(container: MedusaContainer, batchId: string): Promise<LabelBatch> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "trace_batch",
    fields: ["id", "gtin", "lot", "serials.serial", "product_variant.product.title"],
    filters: { id: batchId },
  })
  const batch = data[0] as unknown as
    | { gtin: string; lot: string; serials: { serial: string }[]; product_variant: { product: { title: string } } | null }
    | undefined
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Batch ${batchId} was not found`)
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  const lot = encodeURIComponent(batch.lot)
  return {
    gtin: batch.gtin,
    lot: batch.lot,
    productName: batch.product_variant?.product.title ?? "",
    serials: batch.serials.map((s) => s.serial).sort((a, b) => a.localeCompare(b)),
    url: (serial) => `${storefront}/01/${batch.gtin}/10/${lot}/21/${encodeURIComponent(serial)}`,
  }
}

/** The download's file name: GTIN, lot and label size, in the characters every browser keeps. */
export function labelFileName(batch: Pick<LabelBatch, "gtin" | "lot">, size: string): string {
  return `labels-${batch.gtin}-${batch.lot}-${size}.pdf`.replace(/[^A-Za-z0-9._-]/g, "_")
}
