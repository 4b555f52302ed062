import { z } from "@medusajs/framework/zod"
import { PROFILE_CHANGE_STATUSES } from "@seleno/domain"
import { requiredText } from "../../validation/required"

export const AdminListProfileChanges = z.object({ status: z.enum(PROFILE_CHANGE_STATUSES).optional(), enterprise_id: z.string().optional() })
export type AdminListProfileChangesType = z.infer<typeof AdminListProfileChanges>

/** Staff approve a change of legal details, or reject it saying why. */
export const AdminDecideProfileChange = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), note: z.string().trim().max(1000).optional() }).strict(),
  z.object({ decision: z.literal("reject"), note: requiredText("note must say why the change is rejected", 1000) }).strict(),
])
export type AdminDecideProfileChangeType = z.infer<typeof AdminDecideProfileChange>
