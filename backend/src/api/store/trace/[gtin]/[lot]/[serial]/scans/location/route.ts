import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sharedPlace } from "@seleno/domain"
import { isCrawler, visitorHash } from "../../../../../../../../modules/traceability/scan-policy"
import { findSerial, parseTraceKey } from "../../../../../helpers"
import type { StoreShareScanLocationType } from "../validators"

/**
 * POST /store/trace/:gtin/:lot/:serial/scans/location — a visitor who just scanned a package shares
 * roughly where they are; their scan then counts that place instead of their network's.
 */
export const POST = async (req: MedusaRequest<StoreShareScanLocationType>, res: MedusaResponse) => {
  const { trace, serial } = await findSerial(req.scope, parseTraceKey(req.params))
  const { ip, user_agent, latitude, longitude } = req.validatedBody
  if (isCrawler(user_agent)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Crawlers and link previews cannot share a location.")
  const place = sharedPlace({ latitude, longitude })
  const scans = await trace.shareScanPlace(serial.id, visitorHash(ip, user_agent), place)
  res.json({ serial: serial.serial, place, scans })
}
