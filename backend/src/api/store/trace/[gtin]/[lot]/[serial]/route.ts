import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PublicSerialResponse } from "@seleno/domain"
import { findSerial, parseTraceKey, toPublicScanSummary } from "../../../helpers"

/** GET /store/trace/:gtin/:lot/:serial — a package's scan summary and counterfeit warning, without counting a scan. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<PublicSerialResponse>) => {
  const { trace, serial } = await findSerial(req.scope, parseTraceKey(req.params))
  res.json({ serial: serial.serial, scans: toPublicScanSummary(await trace.scanSummary(serial.id)) })
}
