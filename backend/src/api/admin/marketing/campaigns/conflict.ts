import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers every CONFLICT with a generic "retry with an Idempotency-Key"
 * text; an exclusive campaign's overlap must name the other campaign, so it is answered here.
 * Returns whether the error was answered.
 */
export function sendConflict(error: unknown, res: MedusaResponse): boolean {
  const failure = error as { type?: unknown; message?: unknown } | null
  if (failure?.type !== MedusaError.Types.CONFLICT) return false
  res.status(409).json({ type: "conflict", message: String(failure.message) })
  return true
}
