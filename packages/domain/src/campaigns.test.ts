import { describe, expect, it } from "vitest"
import { campaignPhase } from "./campaigns"

describe("campaignPhase", () => {
  const now = new Date("2026-11-29T12:00:00Z")

  it("is upcoming before the start and running from it", () => {
    expect(campaignPhase({ starts_at: "2026-11-29T12:00:01Z" }, now)).toBe("upcoming")
    expect(campaignPhase({ starts_at: "2026-11-29T12:00:00Z" }, now)).toBe("running")
  })

  it("ends exactly at the end date", () => {
    expect(campaignPhase({ starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-29T12:00:00Z" }, now)).toBe("ended")
    expect(campaignPhase({ ends_at: "2026-11-29T12:00:01Z" }, now)).toBe("running")
  })

  it("runs without dates until someone ends it", () => {
    expect(campaignPhase({ starts_at: null, ends_at: null }, now)).toBe("running")
  })
})
