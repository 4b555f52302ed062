import { z } from "@medusajs/framework/zod"
import { REPORT_CASE_KINDS, REPORT_CASE_STATUSES, REPORT_LIMITS } from "@seleno/domain"

export const AdminListReportCases = z.object({
  status: z.enum(REPORT_CASE_STATUSES).optional(),
  kind: z.enum(REPORT_CASE_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReportCasesType = z.infer<typeof AdminListReportCases>

const note = z.string({ error: "note must say why" }).trim().max(REPORT_LIMITS.noteMax, `note: at most ${REPORT_LIMITS.noteMax} characters`)

/** A status move; whether it is allowed (and whether it needs its note) is the domain's rule, checked in the workflow. */
export const AdminTransitionReportCase = z
  .object({
    status: z.enum(REPORT_CASE_STATUSES, { error: `status must be one of ${REPORT_CASE_STATUSES.join(", ")}` }),
    note: note.optional(),
  })
  .strict()
export type AdminTransitionReportCaseType = z.infer<typeof AdminTransitionReportCase>

const reason = note.min(1, "note: say why this action is taken; it goes into the case history")

/** An action on a case; every action says why, and revoking names the certificate. */
export const AdminReportCaseAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm_counterfeit"), note: reason }).strict(),
  z.object({ action: z.literal("unpublish_listing"), note: reason }).strict(),
  z.object({ action: z.literal("suspend_enterprise"), note: reason }).strict(),
  z.object({ action: z.literal("revoke_certificate"), note: reason, certificate_id: z.string().trim().min(1, "certificate_id: choose the certificate to revoke") }).strict(),
])
export type AdminReportCaseActionType = z.infer<typeof AdminReportCaseAction>
