import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadLiveSessions } from "../../../../../lib/marketing/live-session-query"
import { toAdminLiveSession } from "../../../../../lib/marketing/live-session-view"
import { updateLiveSessionWorkflow } from "../../../../../workflows/marketing/update-live-session"
import type { AdminUpdateLiveSessionType } from "../validators"

async function respondWithSession(req: MedusaRequest, res: MedusaResponse, id: string) {
  const [session] = await loadLiveSessions(req.scope, { id })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no live session ${id}`)
  res.json({ live_session: toAdminLiveSession(session.row, session.prices) })
}

/** GET /admin/marketing/live-sessions/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => respondWithSession(req, res, req.params.id!)

/** POST /admin/marketing/live-sessions/:id — texts, links or times; the session prices follow the times. */
export const POST = async (req: MedusaRequest<AdminUpdateLiveSessionType>, res: MedusaResponse) => {
  await updateLiveSessionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id! } })
  await respondWithSession(req, res, req.params.id!)
}
