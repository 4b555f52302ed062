import type { StorefrontCacheTag } from "@seleno/domain"
import { PRODUCT_CLAIMS_CHANGED } from "./events"

type Tags = readonly StorefrontCacheTag[]

const CATALOG: Tags = ["catalog"]
const CERTIFICATION: Tags = ["certification", "catalog"]
const CATEGORIES: Tags = ["categories", "catalog"]
const REGIONS: Tags = ["regions", "catalog"]
const BRANDS: Tags = ["brands", "catalog"]
const ENTERPRISES: Tags = ["enterprises", "catalog"]
const CAMPAIGNS: Tags = ["campaigns", "catalog"]
const LIVE_SESSIONS: Tags = ["live-sessions", "catalog"]
const TRACE: Tags = ["trace"]

const crud = (prefix: string, tags: Tags, actions = ["created", "updated", "deleted"]) =>
  Object.fromEntries(actions.map((action) => [`${prefix}.${action}`, tags])) as Record<string, Tags>

/**
 * Medusa 2.21.2 events that change what storefront pages show, and the cache tags they make stale.
 * Names checked by recording every event while driving the admin API (see the report in
 * integration-tests/http/storefront-cache.spec.ts). Both layers are listed where both fire: the
 * workflows' events ("product.updated") and the modules' own ("product.product.updated"), which also
 * fire for changes made through a module service directly. The subscriber merges a burst into one
 * request. Not events, so not here: a product added to a category and a price list's own fields
 * (notified by middleware), and dates passing (the storefront-cache-expiry job).
 */
export const STOREFRONT_CACHE_EVENTS: Readonly<Record<string, Tags>> = {
  // Products and variants (admin, our enterprise workflows, direct product-module calls).
  ...crud("product", CATALOG),
  ...crud("product.product", CATALOG),
  ...crud("product-variant", CATALOG),
  ...crud("product.product-variant", CATALOG),
  // Prices: a variant's prices edited in the admin fire pricing.price.*; price-list prices likewise.
  ...crud("pricing.price", CATALOG),
  ...crud("pricing.price-list", CATALOG),
  // Stock (inventory_quantity): levels, and reservations, which change what is available.
  ...crud("inventory-level", CATALOG),
  ...crud("inventory.inventory-level", CATALOG),
  ...crud("reservation-item", CATALOG),
  ...crud("inventory.reservation-item", CATALOG),
  ...crud("product-category", CATEGORIES),
  ...crud("product.product-category", CATEGORIES),
  // What the storefront's sales channel sells.
  "LinkProductSalesChannel.attached": CATALOG,
  "LinkProductSalesChannel.detached": CATALOG,
  ...crud("sales-channel", CATALOG, ["updated", "deleted"]),
  ...crud("sales_channel.sales-channel", CATALOG, ["updated", "deleted"]),
  ...crud("region", REGIONS),
  "store.store.updated": REGIONS,
  // English names of products, categories, brands and enterprises.
  ...crud("translation", ["catalog", "categories", "brands", "enterprises"]),
  ...crud("translation.translation", ["catalog", "categories", "brands", "enterprises"]),
  // Certificates (revoked, reviewed, entered) and the register a badge is judged against.
  [PRODUCT_CLAIMS_CHANGED]: CERTIFICATION,
  ...crud("certification.certificate", CERTIFICATION),
  ...crud("certification.issuer", CERTIFICATION),
  ...crud("certification.selenium-standard", CERTIFICATION),
  ...crud("certification.standard-range", CERTIFICATION),
  ...crud("brand.brand", BRANDS),
  ...crud("enterprise.enterprise", ENTERPRISES),
  ...crud("enterprise.enterprise-base", ["enterprises", "trace"]),
  ...crud("enterprise.brand-authorization", ["brands", "enterprises", "catalog"]),
  ...crud("marketing.campaign-page", CAMPAIGNS),
  ...crud("promotion.campaign", CAMPAIGNS),
  ...crud("promotion.promotion", CAMPAIGNS),
  "promotion.application-method.updated": CAMPAIGNS,
  ...crud("marketing.live-session", LIVE_SESSIONS),
  ...crud("traceability.trace-batch", TRACE),
  ...crud("traceability.trace-event", TRACE),
  // Staff confirming or clearing a counterfeit signal changes the package's public page.
  "traceability.package-serial.updated": TRACE,
}

export const STOREFRONT_CACHE_EVENT_NAMES = Object.keys(STOREFRONT_CACHE_EVENTS)
