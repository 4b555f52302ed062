import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StorefrontCacheTag } from "@seleno/domain"
import { invalidateStorefrontCaches } from "../../lib/storefront-cache-invalidation"
import { beforeAnswer } from "./before-answer"

/**
 * Drops the store API answers and tells the storefronts what changed before the answer goes out, so
 * the next page a shopper (or the staff member) opens is already fresh. For admin changes that emit
 * no event Medusa 2.21.2's subscribers hear, or whose pages must be exact the moment staff act.
 */
function invalidateBeforeAnswer(tags: StorefrontCacheTag[]) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    beforeAnswer(res, async (status) => {
      if (status < 400) await invalidateStorefrontCaches(req.scope, tags, { logger: req.scope.resolve(ContainerRegistrationKeys.LOGGER) })
    })
    next()
  }
}

/**
 * Checked on 2.21.2: updating a price list (status, dates, title) and adding products to a category
 * emit no event at all. Campaigns and live sessions are ended early by staff while shoppers watch
 * (the end date becomes now): their pages and prices change at that moment, not on an event's
 * schedule (the end of a campaign through its dates alone is the storefront-cache-expiry job's).
 */
export const storefrontCacheRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/price-lists/:id", methods: ["POST"], middlewares: [invalidateBeforeAnswer(["catalog"])] },
  { matcher: "/admin/product-categories/:id/products", methods: ["POST"], middlewares: [invalidateBeforeAnswer(["categories", "catalog"])] },
  { matcher: "/admin/marketing/campaigns", methods: ["POST"], middlewares: [invalidateBeforeAnswer(["campaigns", "catalog"])] },
  { matcher: "/admin/marketing/campaigns/:id", methods: ["POST", "DELETE"], middlewares: [invalidateBeforeAnswer(["campaigns", "catalog"])] },
  { matcher: "/admin/marketing/live-sessions", methods: ["POST"], middlewares: [invalidateBeforeAnswer(["live-sessions", "campaigns", "catalog"])] },
  { matcher: "/admin/marketing/live-sessions/:id", methods: ["POST", "DELETE"], middlewares: [invalidateBeforeAnswer(["live-sessions", "campaigns", "catalog"])] },
]
