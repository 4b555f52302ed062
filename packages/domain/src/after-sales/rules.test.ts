import { describe, expect, it } from "vitest"
import { autoConfirmDays, autoDeliveryDue, refundProblem, requestProblem, requestRefundFen, type PartLine } from "./rules"

const DAY = 24 * 60 * 60 * 1000
const delivered = new Date("2026-12-01T08:00:00Z")
const tea: PartLine = { item_id: "tea", product_id: "p_tea", quantity: 3, total_fen: 10000, perishable: false }
const pork: PartLine = { item_id: "pork", product_id: "p_pork", quantity: 1, total_fen: 8800, perishable: true }
const lines = [tea, pork]
const ask = (over: Partial<Parameters<typeof requestProblem>[0]> = {}) =>
  requestProblem({ kind: "return_refund", reason: "no_reason", items: [{ item_id: "tea", quantity: 1 }], lines, earlier: [], deliveredAt: delivered, at: new Date(delivered.getTime() + 2 * DAY), ...over })

describe("requestProblem", () => {
  it("accepts a no-reason return of a non-perishable within seven days", () => {
    expect(ask()).toBeNull()
    expect(ask({ at: new Date(delivered.getTime() + 7 * DAY) })).toBeNull()
  })
  it("closes the no-reason window after seven days, the claim window after thirty", () => {
    expect(ask({ at: new Date(delivered.getTime() + 7 * DAY + 1) })).toEqual({ code: "no_reason_window_closed" })
    expect(ask({ kind: "quality_claim", reason: "damaged", at: new Date(delivered.getTime() + 20 * DAY) })).toBeNull()
    expect(ask({ kind: "quality_claim", reason: "damaged", at: new Date(delivered.getTime() + 31 * DAY) })).toEqual({ code: "claim_window_closed" })
  })
  it("never takes back perishables without a reason, but claims on them are fine", () => {
    expect(ask({ items: [{ item_id: "pork", quantity: 1 }] })).toEqual({ code: "perishable_no_reason", item_id: "pork" })
    expect(ask({ kind: "quality_claim", reason: "spoiled", items: [{ item_id: "pork", quantity: 1 }] })).toBeNull()
  })
  it("needs the part delivered and a reason that fits the kind", () => {
    expect(ask({ deliveredAt: null })).toEqual({ code: "not_delivered" })
    expect(ask({ kind: "quality_claim", reason: "no_reason" })).toEqual({ code: "reason_kind_mismatch" })
  })
  it("refuses unknown, repeated, empty and fractional items", () => {
    expect(ask({ items: [] })).toEqual({ code: "items_required" })
    expect(ask({ items: [{ item_id: "rice", quantity: 1 }] })).toEqual({ code: "item_not_in_part", item_id: "rice" })
    expect(ask({ items: [{ item_id: "tea", quantity: 1 }, { item_id: "tea", quantity: 1 }] })).toEqual({ code: "item_listed_twice", item_id: "tea" })
    expect(ask({ items: [{ item_id: "tea", quantity: 1.5 }] })).toEqual({ code: "quantity_invalid", item_id: "tea" })
  })
  it("counts units bought minus refunded and still-open requests", () => {
    expect(ask({ items: [{ item_id: "tea", quantity: 4 }] })).toEqual({ code: "quantity_exceeds", item_id: "tea" })
    const open = [{ status: "requested" as const, items: [{ item_id: "tea", quantity: 2 }] }]
    expect(ask({ earlier: open, items: [{ item_id: "tea", quantity: 1 }] })).toBeNull()
    expect(ask({ earlier: open, items: [{ item_id: "tea", quantity: 2 }] })).toEqual({ code: "open_request_exists", item_id: "tea" })
    const refunded = [{ status: "refunded" as const, items: [{ item_id: "tea", quantity: 3 }] }]
    expect(ask({ earlier: refunded })).toEqual({ code: "quantity_exceeds", item_id: "tea" })
    const refused = [{ status: "refused" as const, items: [{ item_id: "tea", quantity: 3 }] }]
    expect(ask({ earlier: refused, items: [{ item_id: "tea", quantity: 3 }] })).toBeNull()
  })
})

describe("requestRefundFen", () => {
  it("refunds a line's units so that all its refunds add up to what was paid", () => {
    const first = requestRefundFen([{ item_id: "tea", quantity: 1 }], lines, [])
    const second = requestRefundFen([{ item_id: "tea", quantity: 2 }], lines, [{ status: "refunded", items: [{ item_id: "tea", quantity: 1 }] }])
    expect(first).toBe(3333)
    expect(first + second).toBe(10000)
    expect(requestRefundFen([{ item_id: "tea", quantity: 3 }, { item_id: "pork", quantity: 1 }], lines, [])).toBe(18800)
  })
})

describe("refundProblem", () => {
  it("refunds only captured money, never more than is left", () => {
    expect(refundProblem(100, 0, 0)).toBe("payment_not_captured")
    expect(refundProblem(100, 100, 1)).toBe("refund_exceeds_paid")
    expect(refundProblem(99, 100, 1)).toBeNull()
  })
})

describe("delivery", () => {
  it("confirms a part automatically after the configured days", () => {
    expect(autoDeliveryDue(delivered, new Date(delivered.getTime() + 10 * DAY))).toBe(true)
    expect(autoDeliveryDue(delivered, new Date(delivered.getTime() + 9 * DAY))).toBe(false)
    expect(autoDeliveryDue(delivered, new Date(delivered.getTime() + 3 * DAY), 3)).toBe(true)
  })
  it("reads DELIVERY_AUTO_CONFIRM_DAYS, refusing nonsense", () => {
    expect(autoConfirmDays(undefined)).toBe(10)
    expect(autoConfirmDays("14")).toBe(14)
    expect(() => autoConfirmDays("0")).toThrow(RangeError)
    expect(() => autoConfirmDays("ten")).toThrow(/DELIVERY_AUTO_CONFIRM_DAYS/)
  })
})
