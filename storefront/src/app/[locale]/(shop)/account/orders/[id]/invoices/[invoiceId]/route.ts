import { fetchMyInvoicePdf } from "@/lib/data/invoices"

/** The shopper's issued e-invoice PDF, fetched with their own token (the backend checks ownership). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; invoiceId: string }> }) {
  const { id, invoiceId } = await params
  const pdf = await fetchMyInvoicePdf(id, invoiceId)
  if (!pdf) return new Response("Not found", { status: 404 })
  return new Response(pdf, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="fapiao-${invoiceId}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
