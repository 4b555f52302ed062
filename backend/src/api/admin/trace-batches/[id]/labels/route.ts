import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { chooseLabelPreset, LABEL_FORMATS, type LabelFormat } from "@seleno/domain"
import { codedError } from "../../../../../lib/coded-error"
import { labelFileName, loadLabelBatch } from "../../../../../modules/traceability/label-batch"
import { planLabelSheet, writeLabelPdf } from "../../../../../modules/traceability/label-pdf"
import { labelSheetSvg } from "../../../../../modules/traceability/label-sheet"

/**
 * GET /admin/trace-batches/:id/labels?format=pdf&size=70x42.4 — the whole batch's package labels as
 * one A4 PDF (size: a preset of LABEL_PRESETS; X-Label-Pages says how many pages).
 * Without `format=pdf`: one page (`?page=N`) as SVG, the older format.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const format = (req.query.format ?? "svg") as LabelFormat
  if (!LABEL_FORMATS.includes(format)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `format must be one of ${LABEL_FORMATS.join(", ")}`)
  }
  const batch = await loadLabelBatch(req.scope, req.params.id!)
  if (format === "pdf") return sendPdf(req, res, batch)
  return sendSvgPage(req, res, batch)
}

async function sendPdf(req: MedusaRequest, res: MedusaResponse, batch: Awaited<ReturnType<typeof loadLabelBatch>>) {
  const choice = chooseLabelPreset(typeof req.query.size === "string" ? req.query.size : undefined)
  if (!choice.ok) throw codedError(choice)
  const planned = planLabelSheet(batch, choice.preset)
  if (!planned.ok) throw codedError(planned)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${labelFileName(batch, choice.preset.id)}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Label-Pages", String(planned.plan.pages))
  await writeLabelPdf(batch, planned.plan, res)
}

async function sendSvgPage(req: MedusaRequest, res: MedusaResponse, batch: Awaited<ReturnType<typeof loadLabelBatch>>) {
  const pages = await labelSheetSvg(
    batch.serials.map((serial) => ({ url: batch.url(serial), shortCode: `${batch.gtin.slice(-6)}-${batch.lot}-${serial}`, productName: batch.productName }))
  )
  const page = Number(req.query.page ?? 1)
  if (!Number.isInteger(page) || page < 1 || page > Math.max(pages.length, 1)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `page must be a whole number from 1 to ${pages.length}`)
  }
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("X-Label-Pages", String(pages.length))
  res.send(pages[page - 1] ?? "")
}
