import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toGtin14 } from "@seleno/domain"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface ReportTarget {
  product_id?: string
  gtin?: string
  lot?: string
  serial?: string
}

/** What a case is about, resolved to ids where the platform knows them. */
export interface ReportSubject {
  product_id: string | null
  enterprise_id: string | null
  batch_id: string | null
  serial_id: string | null
  reported_gtin: string | null
  reported_lot: string | null
  reported_serial: string | null
  code_known: boolean | null
}

async function enterpriseOf(container: MedusaContainer, productId: string): Promise<{ id: string; enterprise_id: string | null } | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "enterprise.id"],
    filters: { id: productId },
  })
  const product = data[0] as { id: string; enterprise?: { id: string } | null } | undefined
  return product ? { id: product.id, enterprise_id: product.enterprise?.id ?? null } : null
}

/** The product a batch is of, or (for a lot the platform never issued) the product whose variant carries the GTIN. */
async function productOfCode(container: MedusaContainer, batchId: string | null, gtin: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (batchId) {
    const { data } = await query.graph({ entity: "trace_batch", fields: ["id", "product_variant.product_id"], filters: { id: batchId } })
    const productId = (data[0] as { product_variant?: { product_id: string } | null } | undefined)?.product_variant?.product_id
    if (productId) return productId
  }
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { barcode: gtin } })
  return (data[0] as { product_id: string } | undefined)?.product_id ?? null
}

/**
 * Resolves a report's target: a product id from a product page, or a scanned GS1 code from a trace
 * page. A code the platform does not know is still recorded as text (code_known false), since a
 * made-up serial on a real-looking package is exactly what a counterfeit report is about.
 */
export const resolveReportSubjectStep = createStep("resolve-report-subject", async (input: ReportTarget, { container }) => {
  const subject: ReportSubject = {
    product_id: null,
    enterprise_id: null,
    batch_id: null,
    serial_id: null,
    reported_gtin: input.gtin ?? null,
    reported_lot: input.lot ?? null,
    reported_serial: input.serial ?? null,
    code_known: null,
  }
  let productId = input.product_id ?? null
  if (input.gtin && input.lot) {
    const gtin = toGtin14(input.gtin) ?? input.gtin
    subject.reported_gtin = gtin
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin, lot: input.lot }, { select: ["id"] })
    subject.batch_id = batch?.id ?? null
    if (batch && input.serial) {
      const [serial] = await trace.listPackageSerials({ batch_id: batch.id, serial: input.serial }, { select: ["id"] })
      subject.serial_id = serial?.id ?? null
    }
    subject.code_known = Boolean(batch && (!input.serial || subject.serial_id))
    productId ??= await productOfCode(container, subject.batch_id, gtin)
  }
  if (productId) {
    const product = await enterpriseOf(container, productId)
    if (!product) {
      // From a product page the id must be real; a code's product is looked up, so it always is.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: no product ${productId}; report from the product's page`)
    }
    subject.product_id = product.id
    subject.enterprise_id = product.enterprise_id
  }
  return new StepResponse(subject)
})
