import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadLiveSessions } from "../../../../lib/marketing/live-session-query"
import { toAdminLiveSession } from "../../../../lib/marketing/live-session-view"
import { createLiveSessionWorkflow } from "../../../../workflows/marketing/create-live-session"
import type { AdminCreateLiveSessionType } from "./validators"

/** GET /admin/marketing/live-sessions — every session, latest start first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const sessions = await loadLiveSessions(req.scope, {}, { starts_at: "DESC" })
  res.json({ live_sessions: sessions.map(({ row, prices }) => toAdminLiveSession(row, prices, now)) })
}

/** POST /admin/marketing/live-sessions — a session with its session prices (a Medusa sale price list). */
export const POST = async (req: MedusaRequest<AdminCreateLiveSessionType>, res: MedusaResponse) => {
  const { result } = await createLiveSessionWorkflow(req.scope).run({ input: req.validatedBody })
  const [session] = await loadLiveSessions(req.scope, { id: result.id })
  if (!session) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Live session ${result.id} was created but cannot be read`)
  res.status(201).json({ live_session: toAdminLiveSession(session.row, session.prices) })
}
