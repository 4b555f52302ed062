import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLiveSessions } from "../../../lib/marketing/live-session-query"
import { byStorePhase, toStoreLiveSession } from "../../../lib/marketing/live-session-view"

/** GET /store/live-sessions — sessions running now, then upcoming ones, each by start. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const sessions = await loadLiveSessions(req.scope, { ends_at: { $gt: now } }, { starts_at: "ASC" })
  res.json({ live_sessions: sessions.map(({ row, prices }) => toStoreLiveSession(row, prices, now)).sort(byStorePhase) })
}
