import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isCrawlerAgent, scanNetwork, type PublicSerialResponse, type ScanRateLimitedResponse } from "@seleno/domain"
import { clientAddress } from "../../../../../../../lib/client-address"
import { findSerial, parseTraceKey, refuseVoidedBatch, toPublicScanSummary } from "../../../../helpers"

/**
 * POST /store/trace/:gtin/:lot/:serial/scans — counts one real view of a package's trace page: once
 * per network per de-duplication window, at most so many per network per hour (429 beyond, with
 * Retry-After, counting nothing). The visitor is the request's own: its address through the
 * trusted-proxy walk and its User-Agent header, which only tells crawlers apart.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse<PublicSerialResponse | ScanRateLimitedResponse>) => {
  const { trace, serial, batch } = await findSerial(req.scope, parseTraceKey(req.params))
  refuseVoidedBatch(batch)
  const network = isCrawlerAgent(req.headers["user-agent"]) ? null : scanNetwork(clientAddress(req))
  if (!network) return void res.status(201).json({ serial: serial.serial, scans: toPublicScanSummary(await trace.scanSummary(serial.id)) })
  const outcome = await trace.recordScan(serial.id, { network })
  if (outcome.limited) {
    res.setHeader("Retry-After", String(outcome.retryAfter))
    return void res.status(429).json({
      type: "too_many_requests",
      code: "scan_rate_limited",
      message: `Too many package scans from your network this hour; nothing was counted. Try again in ${outcome.retryAfter} seconds.`,
      retry_after: outcome.retryAfter,
    })
  }
  res.status(201).json({ serial: serial.serial, scans: toPublicScanSummary(outcome.summary) })
}
