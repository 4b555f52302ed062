import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidGtin, toGtin14 } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export interface CreateTraceBatchInput {
  variant_id: string
  lot: string
  produced_on: Date
  quantity: number
  enterprise_id: string
  base_id?: string | null
  inspection_mg_per_kg?: number | null
  inspection_lab?: string | null
  inspected_on?: Date | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
// Workflow inputs are serialized, so dates arrive as strings.
const time = (date: Date | string) => new Date(date).getTime()

/** The variant's GTIN-14, read from the barcode field where the catalogue keeps it. */
async function variantGtin(container: MedusaContainer, variantId: string): Promise<string> {
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: variantId }, { select: ["id", "barcode"] })
  if (!variant) throw invalid(`variant_id "${variantId}" is not a product variant`)
  const gtin = variant.barcode && isValidGtin(variant.barcode) ? toGtin14(variant.barcode) : null
  if (!gtin) throw invalid(`variant_id: the variant's barcode "${variant.barcode ?? ""}" is not a GTIN with a valid check digit; set its GTIN first`)
  return gtin
}

async function assertOrigin(container: MedusaContainer, input: CreateTraceBatchInput): Promise<void> {
  const enterprises = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const [enterprise] = await enterprises.listEnterprises({ id: input.enterprise_id }, { select: ["id"] })
  if (!enterprise) throw invalid(`enterprise_id "${input.enterprise_id}" is not an enterprise`)
  if (!input.base_id) return
  const [base] = await enterprises.listEnterpriseBases({ id: input.base_id, enterprise_id: input.enterprise_id }, { select: ["id"] })
  if (!base) throw invalid(`base_id "${input.base_id}" is not a base of that enterprise`)
}

/** Serials 0001… wide enough for the quantity, so every package of the batch has its own. */
export function serialsFor(quantity: number): string[] {
  const width = Math.max(4, String(quantity).length)
  return Array.from({ length: quantity }, (_, i) => String(i + 1).padStart(width, "0"))
}

/**
 * Opens a batch (lot) of a variant with one serial per package, linked to its variant, enterprise
 * and base; undone by removing all of it.
 */
export const createTraceBatchStep = createStep(
  "create-trace-batch",
  async (input: CreateTraceBatchInput, { container }) => {
    if (input.inspected_on && time(input.inspected_on) < time(input.produced_on)) throw invalid("inspected_on must not be before produced_on")
    const gtin = await variantGtin(container, input.variant_id)
    await assertOrigin(container, input)
    const trace = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [existing] = await trace.listTraceBatches({ gtin, lot: input.lot }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `lot "${input.lot}" already exists for GTIN ${gtin}`)

    const { variant_id, enterprise_id, base_id, ...fields } = input
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
