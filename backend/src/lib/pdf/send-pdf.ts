import type { MedusaResponse } from "@medusajs/framework/http"

/** Headers of a private PDF download named `name` (ASCII; other characters become _). */
export function pdfHeaders(res: MedusaResponse, name: string, pages?: number): void {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  if (pages !== undefined) res.setHeader("X-Packing-Slips", String(pages))
}
