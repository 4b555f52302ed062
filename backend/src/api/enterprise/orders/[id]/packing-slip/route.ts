import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { packingSlips } from "../../../../../lib/packing-slips"
import { writePackingSlipsPdf } from "../../../../../lib/pdf/packing-slip-pdf"
import { pdfHeaders } from "../../../../../lib/pdf/send-pdf"
import { enterpriseOf } from "../../../context"

/** GET /enterprise/orders/:id/packing-slip — the caller's part of one order as an A4 packing slip (PDF); 404 for another enterprise's order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const slips = await packingSlips(req.scope, enterpriseId, [req.params.id!])
  pdfHeaders(res, `packing-slip-${slips[0]!.display_id}.pdf`, slips.length)
  await writePackingSlipsPdf(slips, res)
}
