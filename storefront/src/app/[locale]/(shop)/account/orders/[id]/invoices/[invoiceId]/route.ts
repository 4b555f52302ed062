import { fetchMyInvoicePdf, invoicePdfResponse } from "@/lib/data/invoices"

/** The shopper's issued e-invoice PDF, fetched with their own token (the backend checks ownership). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; invoiceId: string }> }) {
  const { id, invoiceId } = await params
  return invoicePdfResponse(await fetchMyInvoicePdf(id, invoiceId), invoiceId, "attachment")
}
