import { partCaptureAmounts } from "../settlement-capture"
import { refundDeductions, statementFigures } from "../settlement-figures"

describe("partCaptureAmounts", () => {
  const lines = [
    { id: "li_a", quantity: 3, total_fen: 10000, shipped_before: 0, addback_fen: 300 },
    { id: "li_b", quantity: 1, total_fen: 3990, shipped_before: 0, addback_fen: 0 },
  ]
  it("prices shipped units with the unit rule and takes shipping with the first shipment only", () => {
    expect(partCaptureAmounts(lines, [{ id: "li_a", quantity: 1 }], 1000, false)).toEqual({ items_fen: 3333, shipping_fen: 1000, addback_fen: 100 })
    const rest = partCaptureAmounts([{ ...lines[0]!, shipped_before: 1 }, lines[1]!], [{ id: "li_a", quantity: 2 }, { id: "li_b", quantity: 1 }], 1000, true)
    expect(rest).toEqual({ items_fen: 6667 + 3990, shipping_fen: 0, addback_fen: 200 })
  })
  it("refuses an item of another order", () => {
    expect(() => partCaptureAmounts(lines, [{ id: "li_x", quantity: 1 }], 0, false)).toThrow(RangeError)
  })
})

describe("refundDeductions", () => {
  const order = {
    items: [
      { id: "li_a", product_id: "prod_a", quantity: 3, total: 100 },
      { id: "li_b", product_id: "prod_b", quantity: 2, total: 39.9 },
    ],
    returns: [
      { id: "ret_2", status: "received", received_at: "2026-11-20T00:00:00Z", items: [{ item_id: "li_a", received_quantity: 2 }] },
      { id: "ret_1", status: "received", received_at: "2026-11-10T00:00:00Z", items: [{ item_id: "li_a", received_quantity: 1 }, { item_id: "li_b", received_quantity: 1 }] },
      { id: "ret_3", status: "requested", received_at: null, items: [{ item_id: "li_b", received_quantity: 0 }] },
    ],
  }
  const owners = new Map([
    ["prod_a", "ent_a"],
    ["prod_b", "ent_b"],
  ])
  it("deducts per item from the item's enterprise, cumulatively, oldest return first; unreceived returns not at all", () => {
    const d = refundDeductions(order, owners, new Map([["li_a", 300]]))
    expect(d.map((x) => [x.return_id, x.enterprise_id, x.refund_fen, x.addback_fen])).toEqual([
      ["ret_1", "ent_a", 3333, -100],
      ["ret_1", "ent_b", 1995, 0],
      ["ret_2", "ent_a", 6667, -200],
    ])
  })
})

describe("statementFigures", () => {
  const entry = (id: string, order_id: string, at: string, f: Partial<{ items_fen: number; shipping_fen: number; addback_fen: number; refund_fen: number }>) => ({
    id,
    order_id,
    occurred_at: at,
    items_fen: 0,
    shipping_fen: 0,
    addback_fen: 0,
    refund_fen: 0,
    ...f,
  })
  it("groups by order; gross = items − refunds + shipping + add-back; line commissions add up to the statement's", () => {
    const entries = [
      entry("e1", "o1", "2026-11-01T01:00:00Z", { items_fen: 12345, shipping_fen: 1000 }),
      entry("e2", "o2", "2026-11-02T01:00:00Z", { items_fen: 999, addback_fen: 101 }),
      entry("e3", "o1", "2026-11-03T01:00:00Z", { refund_fen: 4115 }),
      entry("e4", "o3", "2026-11-04T01:00:00Z", { items_fen: 10 }),
    ]
    const { lines, summary } = statementFigures(entries, 333, new Map([["o1", 7]]))
    expect(lines.map((l) => [l.order_id, l.display_id, l.gross_fen])).toEqual([
      ["o1", 7, 9230],
      ["o2", null, 1100],
      ["o3", null, 10],
    ])
    expect(summary).toMatchObject({ orders: 3, captured_fen: 14354, refund_fen: 4115, addback_fen: 101, gross_fen: 10340, commission_fen: 344, payout_fen: 9996 })
    expect(lines.reduce((s, l) => s + l.commission_fen, 0)).toBe(summary.commission_fen)
    expect(lines.reduce((s, l) => s + l.payout_fen, 0)).toBe(summary.payout_fen)
    expect(summary.payout_fen + summary.commission_fen - summary.addback_fen).toBe(summary.captured_fen - summary.refund_fen)
  })
})
