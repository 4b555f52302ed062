import { fetchPortalInvoicePdf, invoicePdfResponse } from "@/lib/data/invoices"

/** The enterprise's own issued e-invoice PDF (the backend checks it is theirs). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return invoicePdfResponse(await fetchPortalInvoicePdf(id), id, "inline")
}
