import "server-only"
import type { InvoiceRequest, PartInvoiceView, StorefrontLocale } from "@seleno/domain"
import { getAuthToken } from "./cookies"
import { isClientError, publishableKeyHeader, sdk, storeHeaders } from "./medusa"
import { backendUrl, portalGet, portalPostCoded, type PortalCodedResult, type PortalResult } from "./portal"
import { getPortalToken } from "./portal-session"

export type OrderInvoice = PartInvoiceView & { id: string }

/** The signed-in shopper's invoices for their own order (one per enterprise), or null for guests and others' orders. */
export async function listMyOrderInvoices(locale: StorefrontLocale, orderId: string): Promise<{ request: InvoiceRequest | null; invoices: OrderInvoice[] } | null> {
  const token = await getAuthToken()
  if (!token) return null
  try {
    return await sdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/invoices`, { headers: storeHeaders(locale, token) })
  } catch (error) {
    if (isClientError(error)) return null
    throw error
  }
}

/** An issued invoice's PDF for the signed-in shopper who owns the order; null when refused. */
export async function fetchMyInvoicePdf(orderId: string, invoiceId: string): Promise<ArrayBuffer | null> {
  const token = await getAuthToken()
  if (!token) return null
  const response = await fetch(`${backendUrl()}/store/orders/${encodeURIComponent(orderId)}/invoices/${encodeURIComponent(invoiceId)}/file`, {
    headers: {
      authorization: `Bearer ${token}`,
      ...publishableKeyHeader(),
    },
    cache: "no-store",
  })
  return response.ok ? response.arrayBuffer() : null
}

/** GET /enterprise/invoices: the 发票 the signed-in enterprise owes for its parts of orders. */
export function listPortalInvoices(): Promise<PortalResult<{ invoices: OrderInvoice[] }>> {
  return portalGet("/enterprise/invoices")
}

/** Uploads the e-invoice PDF for one of the enterprise's invoices (field "files"). */
export async function uploadPortalInvoice(invoiceId: string, file: File): Promise<PortalCodedResult<{ invoice: { id: string; status: string } }>> {
  const token = await getPortalToken()
  if (!token) return { ok: false, status: 401, message: "Not signed in" }
  const form = new FormData()
  form.append("files", file, file.name || "invoice.pdf")
  return portalPostCoded(token, `/enterprise/invoices/${encodeURIComponent(invoiceId)}/file`, form)
}

/** The enterprise's own issued invoice PDF; null when refused. */
export async function fetchPortalInvoicePdf(invoiceId: string): Promise<ArrayBuffer | null> {
  const token = await getPortalToken()
  if (!token) return null
  const response = await fetch(`${backendUrl()}/enterprise/invoices/${encodeURIComponent(invoiceId)}/file`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  return response.ok ? response.arrayBuffer() : null
}

/**
 * The route answer for a fetched invoice PDF, or 404 when the backend refused it. Private and
 * never cached (a 发票 names the buyer), and not sniffed: the bytes are served as a PDF only.
 */
export function invoicePdfResponse(pdf: ArrayBuffer | null, invoiceId: string, disposition: "attachment" | "inline"): Response {
  if (!pdf) return new Response("Not found", { status: 404 })
  return new Response(pdf, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `${disposition}; filename="fapiao-${invoiceId}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
