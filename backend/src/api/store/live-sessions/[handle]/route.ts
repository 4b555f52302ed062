import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadLiveSessions } from "../../../../lib/marketing/live-session-query"
import { toStoreLiveSession } from "../../../../lib/marketing/live-session-view"

/** GET /store/live-sessions/:handle — also after it ended (the page then offers the replay). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [session] = await loadLiveSessions(req.scope, { handle: req.params.handle })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no live session "${req.params.handle}"`)
  res.json({ live_session: toStoreLiveSession(session.row, session.prices, new Date()) })
}
