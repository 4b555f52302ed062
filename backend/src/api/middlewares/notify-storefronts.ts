import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StorefrontCacheTag } from "@seleno/domain"
import { invalidateStorefrontCaches } from "../../lib/storefront-cache-invalidation"

/** Drops the store API answers and tells the storefronts once the request has succeeded, for changes Medusa 2.21.2 emits no event for. */
function notifyAfterSuccess(tags: StorefrontCacheTag[]) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.on("finish", () => {
      if (res.statusCode < 400) void invalidateStorefrontCaches(req.scope, tags, { logger: req.scope.resolve(ContainerRegistrationKeys.LOGGER) })
    })
    next()
  }
}

/**
 * Checked on 2.21.2: updating a price list (status, dates, title) and adding products to a category
 * emit no event at all, unlike the price and category changes the storefront-cache subscriber hears.
 */
export const storefrontCacheRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/price-lists/:id", methods: ["POST"], middlewares: [notifyAfterSuccess(["catalog"])] },
  { matcher: "/admin/product-categories/:id/products", methods: ["POST"], middlewares: [notifyAfterSuccess(["categories", "catalog"])] },
]
