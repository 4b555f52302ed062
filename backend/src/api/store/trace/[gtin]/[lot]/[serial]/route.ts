import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSerial, parseTraceKey } from "../../../helpers"

/** GET /store/trace/:gtin/:lot/:serial — a package's scan count and counterfeit signal, without counting a scan. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { trace, serial } = await findSerial(req.scope, parseTraceKey(req.params))
  res.json({ serial: serial.serial, scans: await trace.recordScan(serial.id, null) })
}
