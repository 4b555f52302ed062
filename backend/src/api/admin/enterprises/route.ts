import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { createEnterprisesWorkflow } from "../../../workflows/enterprise/create-enterprises"
import type { AdminCreateEnterpriseType, AdminListEnterprisesType } from "./validators"

/** GET /admin/enterprises[?status=pending] — every enterprise (or those in one standing: the review queue), by name. */
export const GET = async (req: MedusaRequest<unknown, AdminListEnterprisesType>, res: MedusaResponse) => {
  const filters = req.validatedQuery.status ? { status: req.validatedQuery.status } : {}
  const enterprises = await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises(filters, { order: { name: "ASC" } })
  res.json({ enterprises, count: enterprises.length })
}

/** POST /admin/enterprises — registers an enterprise (credit code checked) with its bases. */
export const POST = async (req: MedusaRequest<AdminCreateEnterpriseType>, res: MedusaResponse) => {
  const { result } = await createEnterprisesWorkflow(req.scope).run({ input: { enterprises: [req.validatedBody] } })
  res.status(201).json({ enterprise: result[0] })
}
