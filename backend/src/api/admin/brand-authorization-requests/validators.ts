import { z } from "@medusajs/framework/zod"
import { AUTHORIZATION_REQUEST_STATUSES } from "@seleno/domain"
import { atLeastOne, requiredText } from "../../validation/required"

export const AdminListAuthorizationRequests = z.object({ status: z.enum(AUTHORIZATION_REQUEST_STATUSES).optional(), enterprise_id: z.string().optional() })
export type AdminListAuthorizationRequestsType = z.infer<typeof AdminListAuthorizationRequests>

/** Staff grant with the categories and end date they decide, or refuse saying why. */
export const AdminDecideAuthorizationRequest = z.discriminatedUnion("decision", [
  z
    .object({
      decision: z.literal("grant"),
      category_handles: atLeastOne(z.string().trim().min(1), "name at least one product category the authorization covers", 50),
      valid_from: z.coerce.date().optional(),
      valid_until: z.coerce.date(),
      note: z.string().trim().max(1000).optional(),
    })
    .strict(),
  z.object({ decision: z.literal("refuse"), note: requiredText("note must say why the request is refused", 1000) }).strict(),
])
export type AdminDecideAuthorizationRequestType = z.infer<typeof AdminDecideAuthorizationRequest>
