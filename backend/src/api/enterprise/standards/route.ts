import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadStandardBook } from "../../../workflows/certification/standard-book"

/** GET /enterprise/standards — the standards a certificate may cite, with the ranges entered for each category. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const book = await loadStandardBook(req.scope.resolve(ContainerRegistrationKeys.QUERY))
  const standards = [...book.values()].filter((s) => s.ranges.length > 0).sort((a, b) => a.code.localeCompare(b.code))
  res.json({ standards, count: standards.length })
}
