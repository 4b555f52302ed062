import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../../validation/coded-body"
import { AdminCreateCampaign, AdminUpdateCampaign } from "./validators"

/** Validation for marketing staff's campaign routes. */
export const adminCampaignRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/marketing/campaigns", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateCampaign)] },
  { matcher: "/admin/marketing/campaigns/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateCampaign)] },
]
