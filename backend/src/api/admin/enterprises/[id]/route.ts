import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { authorizationStatus } from "../../../../modules/enterprise/authorization"
import { updateEnterpriseWorkflow } from "../../../../workflows/enterprise/update-enterprise"
import type { AdminUpdateEnterpriseType } from "../validators"

type AuthorizationRow = { valid_from: string; valid_until: string; revoked_at: string | null }

/** GET /admin/enterprises/:id — an enterprise with its bases and brand authorizations. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "enterprise",
    fields: ["*", "bases.*", "brand_authorizations.*", "brand_authorizations.brand.id", "brand_authorizations.brand.handle", "brand_authorizations.brand.name"],
    filters: { id: req.params.id! },
  })
  const enterprise = data[0] as unknown as { brand_authorizations: AuthorizationRow[] } | undefined
  if (!enterprise) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise with id: ${req.params.id} was not found`)
  const brand_authorizations = enterprise.brand_authorizations.map((a) => ({ ...a, status: authorizationStatus(a) }))
  res.json({ enterprise: { ...enterprise, brand_authorizations } })
}

/** POST /admin/enterprises/:id — edits the profile or changes the standing (active, suspended). */
export const POST = async (req: MedusaRequest<AdminUpdateEnterpriseType>, res: MedusaResponse) => {
  const { result } = await updateEnterpriseWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ enterprise: result })
}
