import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEnterpriseBaseWorkflow } from "../../../../../workflows/enterprise/create-enterprise-base"
import type { AdminCreateEnterpriseBaseType } from "../../validators"

/** POST /admin/enterprises/:id/bases — adds a production base. */
export const POST = async (req: MedusaRequest<AdminCreateEnterpriseBaseType>, res: MedusaResponse) => {
  const { result } = await createEnterpriseBaseWorkflow(req.scope).run({ input: { enterprise_id: req.params.id!, ...req.validatedBody } })
  res.status(201).json({ base: result })
}
