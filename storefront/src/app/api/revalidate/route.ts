import { REVALIDATE_SIGNATURE_HEADER, REVALIDATE_TIMESTAMP_HEADER, verifyRevalidation } from "@seleno/domain"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"

const MESSAGES = {
  unsigned: "Sign the request: STOREFRONT_REVALIDATE_SECRET must be set on the storefront and the backend.",
  stale: "The request's timestamp is too far from this server's clock; send a freshly signed request.",
  bad_signature: "The signature does not match: the backend and storefront must share STOREFRONT_REVALIDATE_SECRET.",
  bad_body: 'The body must be {"tags": [...]} with tags from STOREFRONT_CACHE_TAGS.',
} as const

/**
 * POST /api/revalidate — the backend's signed notice that cache tags changed. Each tag expires at
 * once ({ expire: 0 }): the next visitor waits for a fresh render rather than seeing a price or a
 * certificate that is no longer true.
 */
export async function POST(request: NextRequest) {
  const check = await verifyRevalidation(process.env.STOREFRONT_REVALIDATE_SECRET ?? "", {
    timestamp: request.headers.get(REVALIDATE_TIMESTAMP_HEADER),
    signature: request.headers.get(REVALIDATE_SIGNATURE_HEADER),
    body: await request.text(),
  })
  if (!check.ok) {
    const status = check.code === "bad_body" ? 400 : 401
    return NextResponse.json({ code: check.code, message: MESSAGES[check.code] }, { status })
  }
  for (const tag of check.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: check.tags })
}
