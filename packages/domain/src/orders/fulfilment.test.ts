import { describe, expect, it } from "vitest"
import { fulfilmentMoveProblem, fulfilmentStage } from "./fulfilment"

describe("fulfilment moves", () => {
  it("a fulfilment is packed until it has a shipped_at", () => {
    expect(fulfilmentStage({ shipped_at: null })).toBe("packed")
    expect(fulfilmentStage({ shipped_at: "2026-12-07T10:00:00Z" })).toBe("shipped")
  })
  it("packed parcels ship or are cancelled; shipped ones only have their waybill corrected", () => {
    expect(fulfilmentMoveProblem("ship", "packed")).toBeNull()
    expect(fulfilmentMoveProblem("cancel", "packed")).toBeNull()
    expect(fulfilmentMoveProblem("correct_waybill", "packed")).toBe("fulfillment_not_shipped")
    expect(fulfilmentMoveProblem("ship", "shipped")).toBe("fulfillment_already_shipped")
    expect(fulfilmentMoveProblem("cancel", "shipped")).toBe("fulfillment_already_shipped")
    expect(fulfilmentMoveProblem("correct_waybill", "shipped")).toBeNull()
  })
})
