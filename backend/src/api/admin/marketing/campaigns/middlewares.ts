import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateCampaign, AdminUpdateCampaign } from "./validators"

/** Validation for marketing staff's campaign routes. */
export const adminCampaignRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/marketing/campaigns", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCampaign)] },
  { matcher: "/admin/marketing/campaigns/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCampaign)] },
]
