import { fetchPortalInvoicePdf } from "@/lib/data/invoices"

/** The enterprise's own issued e-invoice PDF (the backend checks it is theirs). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const pdf = await fetchPortalInvoicePdf(id)
  if (!pdf) return new Response("Not found", { status: 404 })
  return new Response(pdf, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="fapiao-${id}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
