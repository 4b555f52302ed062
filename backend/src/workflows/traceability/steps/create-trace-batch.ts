import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidGtin, toGtin14, type TraceErrorCode } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface CreateTraceBatchInput {
  variant_id: string
  lot: string
  produced_on: Date
  quantity: number
  /** Optional: a batch always belongs to the enterprise of the variant's product; a different one is refused. */
  enterprise_id?: string | null
  base_id?: string | null
  inspection_mg_per_kg?: number | null
  inspection_lab?: string | null
  inspected_on?: Date | null
}

const invalid = (message: string, code?: TraceErrorCode) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
// Workflow inputs are serialized, so dates arrive as strings.
const time = (date: Date | string) => new Date(date).getTime()

type VariantOrigin = { id: string; barcode: string | null; product: { title: string; enterprise: { id: string; name: string } | null } | null }

/**
 * The variant's GTIN-14 (read from the barcode field where the catalogue keeps it) and the
 * enterprise its product belongs to, which is the batch's enterprise.
 */
async function variantOrigin(container: MedusaContainer, variantId: string): Promise<{ gtin: string; enterprise: { id: string; name: string } }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "barcode", "product.title", "product.enterprise.id", "product.enterprise.name"],
    filters: { id: variantId },
  })
  const variant = data[0] as unknown as VariantOrigin | undefined
  if (!variant) throw invalid(`variant_id "${variantId}" is not a product variant`)
  const gtin = variant.barcode && isValidGtin(variant.barcode) ? toGtin14(variant.barcode) : null
  if (!gtin) throw invalid(`variant_id: the variant's barcode "${variant.barcode ?? ""}" is not a GTIN with a valid check digit; set its GTIN first`, "variant_without_gtin")
  const enterprise = variant.product?.enterprise
  if (!enterprise) {
    throw invalid(`variant_id: the product "${variant.product?.title ?? ""}" belongs to no enterprise; set its enterprise before opening a batch`, "product_without_enterprise")
  }
  return { gtin, enterprise }
}

/** A batch belongs to its product's enterprise: a named enterprise must be that one. */
async function assertBatchEnterprise(container: MedusaContainer, named: string | null | undefined, owner: { id: string; name: string }): Promise<void> {
  if (!named || named === owner.id) return
  const [other] = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: named }, { select: ["id", "name"] })
  throw invalid(
    `enterprise_id: the batch would belong to ${other ? `${other.name} (${named})` : `"${named}", which is not an enterprise`}, but the variant's product belongs to ${owner.name} (${owner.id}); a batch always belongs to its product's enterprise`,
    "batch_enterprise_mismatch"
  )
}

async function assertBase(container: MedusaContainer, enterpriseId: string, baseId: string | null | undefined): Promise<void> {
  if (!baseId) return
  const [base] = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterpriseBases({ id: baseId, enterprise_id: enterpriseId }, { select: ["id"] })
  if (!base) throw invalid(`base_id "${baseId}" is not a base of that enterprise`)
}

/** Serials 0001… wide enough for the quantity, so every package of the batch has its own. */
export function serialsFor(quantity: number): string[] {
  const width = Math.max(4, String(quantity).length)
  return Array.from({ length: quantity }, (_, i) => String(i + 1).padStart(width, "0"))
}

/**
 * Opens a batch (lot) of a variant with one serial per package, linked to its variant, its
 * product's enterprise and base; undone by removing all of it.
 */
export const createTraceBatchStep = createStep(
  "create-trace-batch",
  async (input: CreateTraceBatchInput, { container }) => {
    if (input.inspected_on && time(input.inspected_on) < time(input.produced_on)) throw invalid("inspected_on must not be before produced_on")
    const { gtin, enterprise } = await variantOrigin(container, input.variant_id)
    await assertBatchEnterprise(container, input.enterprise_id, enterprise)
    await assertBase(container, enterprise.id, input.base_id)
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [existing] = await trace.listTraceBatches({ gtin, lot: input.lot }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `lot "${input.lot}" already exists for GTIN ${gtin}`)

    const { variant_id, enterprise_id: _named, base_id, ...fields } = input
    const enterprise_id = enterprise.id
    const batch = await trace.createTraceBatches({ ...fields, gtin })
    const links: LinkDefinition[] = [
      { [Modules.PRODUCT]: { product_variant_id: variant_id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } },
      { [ENTERPRISE_MODULE]: { enterprise_id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } },
      ...(base_id ? [{ [ENTERPRISE_MODULE]: { enterprise_base_id: base_id }, [TRACEABILITY_MODULE]: { trace_batch_id: batch.id } }] : []),
    ]
    try {
      await trace.createPackageSerials(serialsFor(input.quantity).map((serial) => ({ serial, batch_id: batch.id })))
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    } catch (error) {
      // A failing step is not compensated by the engine, so it removes its own half.
      await removeBatch(container, batch.id, [])
      throw error
    }
    return new StepResponse(batch, { id: batch.id, links })
  },
  async (created, { container }) => {
    if (created) await removeBatch(container, created.id, created.links)
  }
)

async function removeBatch(container: MedusaContainer, batchId: string, links: LinkDefinition[]): Promise<void> {
  const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  if (links.length > 0) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  const serials = await trace.listPackageSerials({ batch_id: batchId }, { select: ["id"] })
  if (serials.length > 0) await trace.deletePackageSerials(serials.map((s) => s.id))
  await trace.deleteTraceBatches(batchId)
}
