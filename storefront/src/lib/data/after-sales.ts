import "server-only"
import type { AfterSalesRequestView, PartDeliveryView } from "@seleno/domain"
import { getAuthToken } from "./cookies"
import { publishableKeyHeader } from "./medusa"
import { backendUrl, portalGet, type PortalResult } from "./portal"

export interface OrderAfterSales {
  after_sales_requests: AfterSalesRequestView[]
  deliveries: PartDeliveryView[]
}

/** A refusal keeps the backend's code, which the page words through the catalogue. */
export type AfterSalesResult<T> = { ok: true; data: T } | { ok: false; status: number; code?: string }

function storeAuthHeaders(token: string): Record<string, string> {
  return {
    accept: "application/json",
    authorization: `Bearer ${token}`,
    ...publishableKeyHeader(),
  }
}

/** Plain fetch (the SDK keeps only the message): JSON or, for a FormData body, multipart. */
async function storeCall<T>(token: string, path: string, init: { method: "GET" | "POST"; body?: unknown }): Promise<AfterSalesResult<T>> {
  try {
    const multipart = init.body instanceof FormData
    const response = await fetch(`${backendUrl()}${path}`, {
      method: init.method,
      headers: { ...storeAuthHeaders(token), ...(init.body !== undefined && !multipart ? { "content-type": "application/json" } : {}) },
      ...(init.body !== undefined ? { body: multipart ? (init.body as FormData) : JSON.stringify(init.body) } : {}),
      cache: "no-store",
    })
    const json = (await response.json().catch(() => ({}))) as { code?: string }
    return response.ok ? { ok: true, data: json as T } : { ok: false, status: response.status, code: json.code }
  } catch {
    return { ok: false, status: 503 }
  }
}

/** The signed-in shopper's requests on the order and its parts' deliveries; 401 without a login, 404 for someone else's order. */
export async function retrieveOrderAfterSales(orderId: string): Promise<AfterSalesResult<OrderAfterSales>> {
  const token = await getAuthToken()
  if (!token) return { ok: false, status: 401 }
  return storeCall(token, `/store/orders/${encodeURIComponent(orderId)}/after-sales`, { method: "GET" })
}

/** Sends a request (multipart: fields and up to three "photos"). */
export async function submitAfterSalesRequest(orderId: string, form: FormData): Promise<AfterSalesResult<{ after_sales_request: AfterSalesRequestView }>> {
  const token = await getAuthToken()
  if (!token) return { ok: false, status: 401 }
  return storeCall(token, `/store/orders/${encodeURIComponent(orderId)}/after-sales`, { method: "POST", body: form })
}

/** 确认收货 of one enterprise's part. */
export async function confirmPartDelivery(orderId: string, enterpriseId: string): Promise<AfterSalesResult<{ delivery: PartDeliveryView }>> {
  const token = await getAuthToken()
  if (!token) return { ok: false, status: 401 }
  return storeCall(token, `/store/orders/${encodeURIComponent(orderId)}/deliveries`, { method: "POST", body: { enterprise_id: enterpriseId } })
}

/** Withdraws one of the shopper's requests that the enterprise has not decided yet. */
export async function withdrawAfterSalesRequest(orderId: string, requestId: string): Promise<AfterSalesResult<{ after_sales_request: AfterSalesRequestView }>> {
  const token = await getAuthToken()
  if (!token) return { ok: false, status: 401 }
  return storeCall(token, `/store/orders/${encodeURIComponent(orderId)}/after-sales/${encodeURIComponent(requestId)}/withdraw`, { method: "POST", body: {} })
}

/** GET /enterprise/after-sales: requests on the signed-in enterprise's parts. */
export function listPortalAfterSales(): Promise<PortalResult<{ after_sales_requests: AfterSalesRequestView[]; count: number }>> {
  return portalGet("/enterprise/after-sales", { limit: 100 })
}
