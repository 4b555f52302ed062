import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_CLAIMS_CHANGED } from "../lib/events"
import { seedAdmin } from "../seed/seed-admin"
import { seedBrands } from "../seed/seed-brands"
import { seedCatalogue } from "../seed/seed-catalogue"
import { seedCertificates } from "../seed/seed-certificates"
import { seedEnterprises } from "../seed/seed-enterprises"
import { seedParcels } from "../seed/seed-parcels"
import { seedMarketing } from "../seed/seed-marketing"
import { seedPortal } from "../seed/seed-portal"
import { seedTraceability } from "../seed/seed-traceability"
import { seedStore } from "../seed/seed-store"

/**
 * The seed links certificates, brands and enterprises directly, which emits no events; tell the
 * search index that every product's claims may have changed. (On a first `npm start` the index is
 * only filled when the server boots, from the data as it then is.)
 */
async function announceProductClaims(container: ExecArgs["container"]): Promise<void> {
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
  if (!products.length) return
  await container.resolve(Modules.EVENT_BUS).emit({ name: PRODUCT_CLAIMS_CHANGED, data: { id: products.map((p) => p.id) } })
}

/** `medusa exec ./src/scripts/seed.ts`: safe to run any number of times; it only adds what is missing. */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const store = await seedStore(container)
  const { created } = await seedCatalogue(container, store)
  const brands = await seedBrands(container)
  const enterprises = await seedEnterprises(container)
  // After the enterprises: each ships its products from its own base in its own parcels.
  await seedParcels(container)
  const certificates = await seedCertificates(container)
  const batches = await seedTraceability(container)
  const admin = await seedAdmin(container)
  const portal = await seedPortal(container)
  const marketing = await seedMarketing(container)
  await announceProductClaims(container)
  logger.info(
    `Seed: ${created} products, ${brands.created} brands, ${enterprises.created} enterprises, ${certificates.created} certificates and ${batches.created} batches created, ${brands.linked} products linked to brands, admin ${admin.email} ${admin.created ? "created" : "already present"}, ${portal.created} demo portal logins and ${marketing.created} demo marketing records created`
  )
}
