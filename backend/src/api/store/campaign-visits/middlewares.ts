import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRecordCampaignVisit } from "./validators"

/** Validation for campaign visits the storefront reports. */
export const storeCampaignVisitRoutes: MiddlewareRoute[] = [
  { matcher: "/store/campaign-visits", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRecordCampaignVisit)] },
]
