import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isCrawlerAgent, scanNetwork, sharedPlace, type PublicSerialResponse } from "@seleno/domain"
import { clientAddress } from "../../../../../../../../lib/client-address"
import { findSerial, parseTraceKey, refuseVoidedBatch, toPublicScanSummary } from "../../../../../helpers"
import type { StoreShareScanLocationType } from "../validators"

/**
 * POST /store/trace/:gtin/:lot/:serial/scans/location — a visitor who just scanned a package shares
 * roughly where they are; their network's recent scan then counts that place. It refines a place
 * and never adds a scan or a network.
 */
export const POST = async (req: MedusaRequest<StoreShareScanLocationType>, res: MedusaResponse<PublicSerialResponse>) => {
  const { trace, serial, batch } = await findSerial(req.scope, parseTraceKey(req.params))
  refuseVoidedBatch(batch)
  if (isCrawlerAgent(req.headers["user-agent"])) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Crawlers and link previews cannot share a location.")
  const network = scanNetwork(clientAddress(req))
  if (!network) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your address could not be read, so no scan of yours can be found.")
  const place = sharedPlace(req.validatedBody)
  const scans = await trace.shareScanPlace(serial.id, network, place)
  res.json({ serial: serial.serial, place, scans: toPublicScanSummary(scans) })
}
