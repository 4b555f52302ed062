import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isCrawler, networkPlace, visitorHash } from "../../../../../../../modules/traceability/scan-policy"
import { findSerial, parseTraceKey } from "../../../../helpers"
import type { StoreRecordScanType } from "./validators"

/** POST /store/trace/:gtin/:lot/:serial/scans — counts one real view of a package's trace page. */
export const POST = async (req: MedusaRequest<StoreRecordScanType>, res: MedusaResponse) => {
  const { trace, serial } = await findSerial(req.scope, parseTraceKey(req.params))
  const { ip, user_agent } = req.validatedBody
  const visitor = isCrawler(user_agent) ? null : { hash: visitorHash(ip, user_agent), place: networkPlace(ip) }
  res.status(201).json({ serial: serial.serial, scans: await trace.recordScan(serial.id, visitor) })
}
