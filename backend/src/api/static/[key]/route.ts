import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVATE_KEY_PREFIX, sendStoredFile } from "../../../lib/uploads/serve-file"

/**
 * GET /static/:key — public files (product and campaign images, staff documents). The local file
 * provider stores them outside Medusa's own `static/` folder (medusa-config.ts), so Medusa's bare
 * express.static finds nothing and this route answers instead, with the type from the checked
 * extension, `nosniff`, a sandboxing CSP, and `attachment` for anything that is not an image.
 * Private files (keys starting "private-") live in another folder and are never answered here.
 */
export const AUTHENTICATE = false

async function serve(req: MedusaRequest, res: MedusaResponse, headOnly: boolean) {
  const key = req.params.key ?? ""
  const sent = !key.startsWith(PRIVATE_KEY_PREFIX) && (await sendStoredFile(req.scope, res, { key, filename: key, cache: "public", headOnly }))
  if (!sent) res.status(404).json({ type: "not_found", message: `No public file is stored as ${key}; ask whoever sent the link for a new one` })
}

export const GET = (req: MedusaRequest, res: MedusaResponse) => serve(req, res, false)
export const HEAD = (req: MedusaRequest, res: MedusaResponse) => serve(req, res, true)
