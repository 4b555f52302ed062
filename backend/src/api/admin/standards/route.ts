import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELENIUM_STANDARDS } from "@seleno/domain"

/** GET /admin/standards — the selenium standards certificates may cite, with their ranges in mg/kg. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  const standards = SELENIUM_STANDARDS.map((s) => ({
    code: s.code,
    name: s.name,
    note: s.note ?? null,
    ranges: s.ranges.map((r) => ({ category: r.category, min_mg_per_kg: r.min, max_mg_per_kg: r.max ?? null })),
  }))
  res.json({ standards, count: standards.length })
}
