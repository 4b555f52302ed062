import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { packingSlips } from "../../../../lib/packing-slips"
import { writePackingSlipsPdf } from "../../../../lib/pdf/packing-slip-pdf"
import { pdfHeaders } from "../../../../lib/pdf/send-pdf"
import { enterpriseOf } from "../../context"
import type { EnterprisePackingSlipsType } from "../validators"

/** GET /enterprise/orders/packing-slips?ids=order_1,order_2 — the caller's parts of several orders as one A4 PDF, one slip each. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterprisePackingSlipsType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { ids } = req.validatedQuery as EnterprisePackingSlipsType
  const slips = await packingSlips(req.scope, enterpriseId, ids)
  pdfHeaders(res, slips.length === 1 ? `packing-slip-${slips[0]!.display_id}.pdf` : `packing-slips-${slips.length}.pdf`, slips.length)
  await writePackingSlipsPdf(slips, res)
}
