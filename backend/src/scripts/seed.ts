import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isDeploymentMode } from "@seleno/domain"
import { PRODUCT_CLAIMS_CHANGED } from "../lib/events"
import { seedAdmin } from "../seed/seed-admin"
import { seedBrands } from "../seed/seed-brands"
import { ensureCategories, seedCatalogue } from "../seed/seed-catalogue"
import { seedCertificates, seedStandards } from "../seed/seed-certificates"
import { seedEnterprises } from "../seed/seed-enterprises"
import { seedParcels } from "../seed/seed-parcels"
import { seedMarketing } from "../seed/seed-marketing"
import { seedPortal } from "../seed/seed-portal"
import { seedTraceability } from "../seed/seed-traceability"
import { seedStore, type StoreSetup } from "../seed/seed-store"

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

/**
 * Reference data every shop needs, the deployment's included: the region (中国大陆) with its
 * sales channel, publishable key, shared warehouse and shipping; the product categories; the
 * selenium standards register; the regional and county public brands.
 */
async function seedReference(container: ExecArgs["container"]) {
  const store = await seedStore(container)
  await ensureCategories(container)
  const standards = await seedStandards(container)
  const brands = await seedBrands(container)
  return { store, standards, brands }
}

/** The local demo on top: products, enterprises, certificates, batches, demo logins, a campaign. */
async function seedDemo(container: ExecArgs["container"], store: StoreSetup) {
  const { created } = await seedCatalogue(container, store)
  // Link the demo products to their brands (the reference pass ran before they existed).
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
  return `${created} products, ${enterprises.created} enterprises, ${certificates.created} certificates and ${batches.created} batches created, ${brands.linked} products linked to brands, admin ${admin.email} ${admin.created ? "created" : "already present"}, ${portal.created} demo portal logins and ${marketing.created} demo marketing records created`
}

/**
 * `medusa exec ./src/scripts/seed.ts`: safe to run any number of times; it only adds what is missing.
 * One switch: in the deployment mode (SELENO_ENV=production) only the reference data, never a demo
 * account, product, enterprise or campaign.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const reference = await seedReference(container)
  const summary = `Seed: reference data (${reference.standards.created} standards, ${reference.brands.created} brands created)`
  if (isDeploymentMode(process.env)) {
    logger.info(`${summary}; deployment mode: no demo data. Create the first admin with \`npx medusa user -e … -p …\`.`)
    return
  }
  logger.info(`${summary}; demo: ${await seedDemo(container, reference.store)}`)
}
