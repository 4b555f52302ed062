import { orderPart, partStatus } from "../enterprise-order-part-view"

const item = (quantity: number, fulfilled: number, shipped: number) => ({ quantity, fulfilled_quantity: fulfilled, shipped_quantity: shipped })

describe("partStatus", () => {
  it("follows the items from packed to shipped", () => {
    expect(partStatus([item(1, 0, 0), item(2, 0, 0)])).toBe("not_fulfilled")
    expect(partStatus([item(1, 1, 1), item(2, 1, 1)])).toBe("partially_fulfilled")
    expect(partStatus([item(1, 1, 0), item(2, 2, 0)])).toBe("fulfilled")
    expect(partStatus([item(1, 1, 1), item(2, 2, 1)])).toBe("fulfilled")
    expect(partStatus([item(1, 1, 1), item(2, 2, 2)])).toBe("shipped")
  })
})

describe("orderPart", () => {
  const order = {
    id: "order_1",
    items: [
      { id: "li_a", product_id: "prod_a", title: "茶", quantity: 2, unit_price: 64, original_total: 128, total: 120.5, detail: { fulfilled_quantity: 0, shipped_quantity: 0 } },
      { id: "li_b", product_id: "prod_b", title: "魔芋", quantity: 1, unit_price: 39, original_total: 39, total: 39, detail: { fulfilled_quantity: 1, shipped_quantity: 1 } },
    ],
    fulfillments: [{ id: "ful_b", items: [{ line_item_id: "li_b", quantity: 1 }], metadata: { carrier: "jd" }, labels: [{ tracking_number: "JD0001" }] }],
  }
  const owners = new Map([
    ["prod_a", "ent_a"],
    ["prod_b", "ent_b"],
  ])
  it("keeps only the enterprise's items, its totals and its fulfilments", () => {
    const a = orderPart(order, "ent_a", owners)!
    expect(a.items.map((i) => i.id)).toEqual(["li_a"])
    expect([a.subtotal, a.total, a.status, a.fulfillments.length]).toEqual([128, 120.5, "not_fulfilled", 0])
    const b = orderPart(order, "ent_b", owners)!
    expect(b.status).toBe("shipped")
    expect(b.fulfillments[0]).toMatchObject({ id: "ful_b", carrier: { code: "jd" }, tracking_number: "JD0001" })
  })
  it("is null for an enterprise without items in the order", () => {
    expect(orderPart(order, "ent_c", owners)).toBeNull()
  })
})
