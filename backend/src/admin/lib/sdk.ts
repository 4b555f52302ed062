import Medusa, { FetchError } from "@medusajs/js-sdk"

/** The admin's client for our own admin routes; the dashboard's login session authenticates it. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** A refusal that kept the code and params of the answer (the js-sdk's FetchError keeps only the message). */
export class CodedFetchError extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly code?: string,
    readonly params?: Record<string, unknown>
  ) {
    super(message, statusText, status)
  }
}

const BASE = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")

/**
 * A JSON POST to one of our admin routes with the dashboard's session cookie, like the js-sdk's,
 * but whose refusal keeps `code` and `params` so the admin can word it (`invalid_field` …).
 */
export async function adminPost<T>(path: string, body: object = {}): Promise<T> {
  const response = await fetch(`${BASE}${path}`, {
    method: "POST",
    credentials: "include",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  const json = (await response.json().catch(() => ({}))) as { message?: string; code?: string; params?: Record<string, unknown> }
  if (!response.ok) throw new CodedFetchError(json.message ?? response.statusText, response.statusText, response.status, json.code, json.params)
  return json as T
}
