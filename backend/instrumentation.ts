import type { IncomingMessage, ServerResponse } from "node:http"
import { applySecurityHeaders } from "./src/lib/security-headers"

type RequestHandler = () => Promise<void>
type TraceRequestHandler = (handler: RequestHandler, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<void>

/**
 * `medusa start` passes every request through `traceRequestHandler` (its OpenTelemetry hook) before
 * Express sees it. Security headers are set there, because some answers never reach project
 * middlewares: Medusa's own 401 for a missing login, the admin at /app and files under /static.
 * An OpenTelemetry handler set up before this one still runs.
 */
export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: TraceRequestHandler }
  const traced = start.traceRequestHandler
  start.traceRequestHandler = async (handler, req, res, handlerPath) => {
    applySecurityHeaders(res, req.url ?? "/")
    return traced ? traced(handler, req, res, handlerPath) : handler()
  }
}
