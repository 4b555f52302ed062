import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { profileChangeViews } from "../../../lib/profile-change-view"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { assertOwnUpload } from "../../../workflows/enterprise-certificates/ownership"
import { editEnterpriseProfileWorkflow } from "../../../workflows/enterprise/profile-changes"
import { enterpriseOf } from "../context"
import type { EnterpriseEditProfileType } from "./validators"

async function profile(req: AuthenticatedMedusaRequest, enterpriseId: string) {
  const enterprise = await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(enterpriseId)
  return { enterprise, profile_changes: await profileChangeViews(req.scope, { enterprise_id: enterpriseId }, 10) }
}

/** GET /enterprise/profile — the enterprise's details and its latest changes of legal details. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await profile(req, enterpriseOf(req).enterpriseId))
}

/**
 * POST /enterprise/profile — the owner edits the details: contact at once, legal details of an
 * approved enterprise as a change for staff to review (answered as `profile_change`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseEditProfileType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { contact_name, contact_phone, description, ...legal } = req.validatedBody
  if (legal.licence_file_url) await assertOwnUpload(req.scope, enterpriseId, legal.licence_file_url, "licence_file_url")
  const contact = Object.fromEntries(Object.entries({ contact_name, contact_phone, description }).filter(([, v]) => v !== undefined))
  const { result } = await editEnterpriseProfileWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, contact, legal } })
  const [change] = result.profile_change ? await profileChangeViews(req.scope, { id: result.profile_change.id }) : []
  res.json({ ...(await profile(req, enterpriseId)), profile_change: change ?? null })
}
