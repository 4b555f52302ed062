/**
 * The backend tells every storefront instance which cache tags changed with a POST whose body is
 * signed with a secret both share (HMAC-SHA256 over "<timestamp>.<body>"). Web Crypto keeps this
 * usable in Node and in the edge runtime alike.
 */
import { isStorefrontCacheTag, type StorefrontCacheTag } from "./tags"

export const REVALIDATE_ROUTE = "/api/revalidate"
export const REVALIDATE_SIGNATURE_HEADER = "x-seleno-signature"
export const REVALIDATE_TIMESTAMP_HEADER = "x-seleno-timestamp"
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
export const REVALIDATE_MAX_SKEW_MS = 5 * 60 * 1000

export interface RevalidationBody {
  tags: StorefrontCacheTag[]
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await globalThis.crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"])
  const signature = await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(message))
  return Array.from(new Uint8Array(signature), (b) => b.toString(16).padStart(2, "0")).join("")
}

export async function signRevalidation(secret: string, timestamp: number, body: string): Promise<string> {
  return hmacHex(secret, `${timestamp}.${body}`)
}

/** Signed headers and body for a revalidation request. */
export async function revalidationRequest(secret: string, tags: readonly StorefrontCacheTag[], now = Date.now()) {
  const body = JSON.stringify({ tags: [...new Set(tags)] } satisfies RevalidationBody)
  const signature = await signRevalidation(secret, now, body)
  return {
    body,
    headers: {
      "content-type": "application/json",
      [REVALIDATE_TIMESTAMP_HEADER]: String(now),
      [REVALIDATE_SIGNATURE_HEADER]: signature,
    },
  }
}

export type RevalidationCheck =
  | { ok: true; tags: StorefrontCacheTag[] }
  | { ok: false; code: "unsigned" | "stale" | "bad_signature" | "bad_body" }

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** Checks a revalidation request as received: signature, freshness, then that every tag is known. */
export async function verifyRevalidation(
  secret: string,
  request: { timestamp: string | null; signature: string | null; body: string },
  now = Date.now()
): Promise<RevalidationCheck> {
  if (!secret || !request.timestamp || !request.signature) return { ok: false, code: "unsigned" }
  const timestamp = Number(request.timestamp)
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > REVALIDATE_MAX_SKEW_MS) return { ok: false, code: "stale" }
  const expected = await signRevalidation(secret, timestamp, request.body)
  if (!sameText(expected, request.signature)) return { ok: false, code: "bad_signature" }
  let parsed: unknown
  try {
    parsed = JSON.parse(request.body)
  } catch {
    return { ok: false, code: "bad_body" }
  }
  const tags = (parsed as { tags?: unknown })?.tags
  if (!Array.isArray(tags) || !tags.length || !tags.every(isStorefrontCacheTag)) return { ok: false, code: "bad_body" }
  return { ok: true, tags }
}
