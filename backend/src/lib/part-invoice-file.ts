import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Sends an issued invoice's private PDF, never cached or sniffed by the browser. */
export async function sendInvoicePdf(container: MedusaContainer, row: { id: string; file_id: string | null; file_name: string | null }, res: MedusaResponse) {
  if (!row.file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${row.id} has not been issued yet`)
  const bytes = await container.resolve(Modules.FILE).getAsBuffer(row.file_id)
  const name = row.file_name || `${row.id}.pdf`
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="invoice.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.send(bytes)
}
