import { describe, expect, it } from "vitest"
import { revalidationRequest, REVALIDATE_MAX_SKEW_MS, signRevalidation, REVALIDATE_SIGNATURE_HEADER, REVALIDATE_TIMESTAMP_HEADER, verifyRevalidation } from "./revalidation"

const SECRET = "test-secret"
const NOW = 1_800_000_000_000

async function received(secret = SECRET, tags: Parameters<typeof revalidationRequest>[1] = ["catalog"]) {
  const { body, headers } = await revalidationRequest(secret, tags, NOW)
  return { body, timestamp: headers[REVALIDATE_TIMESTAMP_HEADER], signature: headers[REVALIDATE_SIGNATURE_HEADER] }
}

describe("signed revalidation", () => {
  it("accepts what was signed with the same secret, with its tags once each", async () => {
    const request = await received(SECRET, ["catalog", "certification", "catalog"])
    expect(await verifyRevalidation(SECRET, request, NOW + 1000)).toEqual({ ok: true, tags: ["catalog", "certification"] })
  })

  it("refuses another secret, a changed body and a missing signature", async () => {
    const request = await received("other-secret")
    expect(await verifyRevalidation(SECRET, request, NOW)).toEqual({ ok: false, code: "bad_signature" })
    const tampered = { ...(await received()), body: JSON.stringify({ tags: ["brands"] }) }
    expect(await verifyRevalidation(SECRET, tampered, NOW)).toEqual({ ok: false, code: "bad_signature" })
    expect(await verifyRevalidation(SECRET, { ...tampered, signature: null }, NOW)).toEqual({ ok: false, code: "unsigned" })
    expect(await verifyRevalidation("", await received(), NOW)).toEqual({ ok: false, code: "unsigned" })
  })

  it("refuses a request replayed after the allowed skew", async () => {
    const request = await received()
    expect((await verifyRevalidation(SECRET, request, NOW + REVALIDATE_MAX_SKEW_MS)).ok).toBe(true)
    expect(await verifyRevalidation(SECRET, request, NOW + REVALIDATE_MAX_SKEW_MS + 1)).toEqual({ ok: false, code: "stale" })
  })

  it("refuses unknown tags even when signed", async () => {
    const { body, headers } = await revalidationRequest(SECRET, ["catalog"], NOW)
    const forged = body.replace("catalog", "everything")
    const signature = await signRevalidation(SECRET, NOW, forged)
    expect(await verifyRevalidation(SECRET, { body: forged, timestamp: headers[REVALIDATE_TIMESTAMP_HEADER], signature }, NOW)).toEqual({
      ok: false,
      code: "bad_body",
    })
  })
})
