import { describe, expect, it } from "vitest"
import { downstreamCacheControl, keepPagesOutOfSharedCaches } from "./cache-control.mjs"

describe("Cache-Control of cached pages", () => {
  it("tells shared caches to revalidate every time", () => {
    expect(downstreamCacheControl("s-maxage=300, stale-while-revalidate=31535700")).toBe("public, max-age=0, must-revalidate")
  })

  it("leaves other answers alone", () => {
    for (const value of ["private, no-cache, no-store, max-age=0, must-revalidate", "public, max-age=31536000, immutable", undefined]) {
      expect(downstreamCacheControl(value)).toBe(value)
    }
  })

  it("rewrites only Cache-Control on the response", () => {
    const set = {}
    const res = { setHeader: (name, value) => (set[name] = value) }
    keepPagesOutOfSharedCaches(res)
    res.setHeader("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700")
    res.setHeader("x-nextjs-cache", "HIT")
    expect(set).toEqual({ "Cache-Control": "public, max-age=0, must-revalidate", "x-nextjs-cache": "HIT" })
  })
})
