import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { profileChangeViews } from "../../../../../lib/profile-change-view"
import { decideProfileChangeWorkflow } from "../../../../../workflows/enterprise/profile-changes"
import type { AdminDecideProfileChangeType } from "../../validators"

/** POST /admin/enterprise-profile-changes/:id/decide — approve (the details are written) or reject with a note. */
export const POST = async (req: MedusaRequest<AdminDecideProfileChangeType>, res: MedusaResponse) => {
  const { decision, note } = req.validatedBody
  await decideProfileChangeWorkflow(req.scope).run({ input: { id: req.params.id!, decision, note: note ?? null } })
  const [change] = await profileChangeViews(req.scope, { id: req.params.id! })
  res.json({ profile_change: change })
}
