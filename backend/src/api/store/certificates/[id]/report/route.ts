import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPublicTestReport } from "../../../../../lib/uploads/public-test-report"

/**
 * GET /store/certificates/:id/report — the test report behind a certificate the store shows as in
 * force, so a shopper can check the measured selenium against the paper. 404 for any other
 * certificate (pending, rejected, expired, revoked) and for anything that is not a test report.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await sendPublicTestReport(req.scope, res, req.params.id!)
}
