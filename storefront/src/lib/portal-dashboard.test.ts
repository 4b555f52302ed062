import { describe, expect, it } from "vitest"
import { dateRange, normalizeDashboard } from "./portal-dashboard"

describe("dateRange", () => {
  it("lists the days ending today, oldest first, across a month end", () => {
    expect(dateRange("2026-03-02", 3)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"])
  })
})

describe("normalizeDashboard", () => {
  it("fills days without sales or scans with zero and totals the period", () => {
    const data = normalizeDashboard(
      {
        days: 3,
        sales_by_day: [{ date: "2026-03-01", amount: 120, orders: 2 }],
        top_products: [{ product_id: "prod_1", title: "紫阳毛尖", quantity: 3, amount: 360 }],
        scans_by_day: [{ date: "2026-03-02", count: 5 }],
        scans_by_place: [{ place: "陕西省 西安市", count: 5 }],
        expiring_certificates: [{ id: "cert_1", number: "SX-1", valid_until: "2026-03-20T00:00:00.000Z" }],
        awaiting_review: [{ id: "prod_2", title: "岚皋魔芋" }],
      },
      "2026-03-02"
    )
    expect(data.salesByDay.map((d) => d.amount)).toEqual([0, 120, 0])
    expect(data.salesTotal).toBe(120)
    expect(data.ordersTotal).toBe(2)
    expect(data.scansByDay.map((d) => d.count)).toEqual([0, 0, 5])
    expect(data.topProducts[0]).toEqual({ id: "prod_1", title: "紫阳毛尖", quantity: 3, amount: 360 })
    expect(data.expiringCertificates[0]?.validUntil).toBe("2026-03-20")
    expect(data.awaitingReview).toEqual([{ id: "prod_2", title: "岚皋魔芋" }])
  })
  it("survives an empty or odd answer", () => {
    const data = normalizeDashboard(null, "2026-03-02", 7)
    expect(data.salesByDay).toHaveLength(7)
    expect(data.topProducts).toEqual([])
  })
})
