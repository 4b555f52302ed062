import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import EnterpriseCertificateLink from "../../links/enterprise-certificate"
import ProductEnterpriseLink from "../../links/product-enterprise"
import TraceBatchEnterpriseLink from "../../links/trace-batch-enterprise"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"

/*
 * What an enterprise owns, read from the module links. Every check answers "not found" for another
 * enterprise's record exactly as for one that does not exist, so ids cannot be probed.
 */

const notFound = (message: string) => new MedusaError(MedusaError.Types.NOT_FOUND, message)

async function linked(container: MedusaContainer, entryPoint: string, field: string, filters: Record<string, unknown>): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: entryPoint, fields: [field], filters })
  return (data as Record<string, string>[]).map((row) => row[field]!)
}

/** Ids of the enterprise's certificates. */
export const certificateIdsOf = (container: MedusaContainer, enterpriseId: string) =>
  linked(container, EnterpriseCertificateLink.entryPoint, "certificate_id", { enterprise_id: enterpriseId })

/** Ids of the enterprise's trace batches. */
export const batchIdsOf = (container: MedusaContainer, enterpriseId: string) =>
  linked(container, TraceBatchEnterpriseLink.entryPoint, "trace_batch_id", { enterprise_id: enterpriseId })

export async function assertOwnCertificate(container: MedusaContainer, enterpriseId: string, certificateId: string): Promise<void> {
  const ids = await linked(container, EnterpriseCertificateLink.entryPoint, "certificate_id", { enterprise_id: enterpriseId, certificate_id: certificateId })
  if (ids.length === 0) throw notFound(`Certificate with id: ${certificateId} was not found`)
}

export async function assertOwnBatch(container: MedusaContainer, enterpriseId: string, batchId: string): Promise<void> {
  const ids = await linked(container, TraceBatchEnterpriseLink.entryPoint, "trace_batch_id", { enterprise_id: enterpriseId, trace_batch_id: batchId })
  if (ids.length === 0) throw notFound(`Trace batch with id: ${batchId} was not found`)
}

export async function assertOwnProduct(container: MedusaContainer, enterpriseId: string, productId: string, field = "product_id"): Promise<void> {
  const ids = await linked(container, ProductEnterpriseLink.entryPoint, "product_id", { enterprise_id: enterpriseId, product_id: productId })
  if (ids.length === 0) throw notFound(`${field} "${productId}" is not one of your enterprise's products`)
}

export async function assertOwnVariant(container: MedusaContainer, enterpriseId: string, variantId: string): Promise<void> {
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: variantId }, { select: ["id", "product_id"] })
  const message = `variant_id "${variantId}" is not a variant of your enterprise's products`
  if (!variant?.product_id) throw notFound(message)
  await assertOwnProduct(container, enterpriseId, variant.product_id).catch(() => {
    throw notFound(message)
  })
}

/** A file url the enterprise itself uploaded through /enterprise/uploads. */
export async function assertOwnUpload(container: MedusaContainer, enterpriseId: string, url: string, field: string): Promise<void> {
  const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [upload] = await service.listEnterpriseUploads({ url, enterprise_id: enterpriseId }, { select: ["id"] })
  if (!upload) throw notFound(`${field}: no file your enterprise uploaded has this url; upload it through POST /enterprise/uploads first`)
}
