import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../workflows/certification/revoke-certificate"

/** POST /admin/certificates/:id/revoke — revokes a certificate at once; its products lose the badge. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result: certificate } = await revokeCertificateWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ certificate: { ...certificate, status: "revoked" } })
}
