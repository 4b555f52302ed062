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
        sales_per_day: [{ date: "2026-03-01", sales: 120, orders: 2 }],
        top_products: [{ product_id: "prod_1", title: "紫阳毛尖", quantity: 3, amount: 360 }],
        scans_per_day: [{ date: "2026-03-02", scans: 5 }],
        scans_by_place: [{ place: "geo:30.6,109.7", count: 3 }, { place: "127.0.0.0/16", count: 2 }],
        certificates_expiring: [{ id: "cert_1", number: "SX-1", valid_until: "2026-03-20T00:00:00.000Z" }],
        listings_waiting_for_review: [{ id: "prod_2", title: "岚皋魔芋" }],
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
    // Raw places are named here; a network prefix is an unknown place, never shown as it is.
    expect(data.scansByPlace).toEqual([
      { place: "geo:30.6,109.7", name: { zh: "恩施州 建始县", en: "Jianshi, Enshi" }, count: 3 },
      { place: "127.0.0.0/16", name: null, count: 2 },
    ])
  })
  it("reads the backend's own answer ({ dashboard }) with its period end", () => {
    const data = normalizeDashboard(
      {
        dashboard: {
          days: 2,
          from: "2026-03-01",
          to: "2026-03-02",
          currency_code: "cny",
          sales_per_day: [
            { date: "2026-03-01", orders: 1, sales: 99.5, sales_fen: 9950 },
            { date: "2026-03-02", orders: 0, sales: 0, sales_fen: 0 },
          ],
          top_products: [{ product_id: "p", title: "茶", quantity: 1, revenue: 99.5, revenue_fen: 9950 }],
          scans_per_day: [{ date: "2026-03-02", scans: 4 }],
          scans_by_place: [
            { place: "ziyang", name: { zh: "安康市 紫阳县", en: "Ziyang, Ankang" }, scans: 5 },
            { place: null, name: null, scans: 4 },
          ],
          certificates_expiring: [{ id: "c", number: "N-1", valid_until: "2026-04-01T00:00:00.000Z", days_left: 30 }],
          listings_waiting_for_review: [{ id: "p2", title: "魔芋", handle: "m" }],
        },
      },
      "2026-03-09"
    )
    expect(data.salesByDay).toEqual([
      { date: "2026-03-01", amount: 99.5, orders: 1 },
      { date: "2026-03-02", amount: 0, orders: 0 },
    ])
    expect(data.topProducts[0]?.amount).toBe(99.5)
    expect(data.scansByDay.map((d) => d.count)).toEqual([0, 4])
    expect(data.scansByPlace).toEqual([
      { place: "ziyang", name: { zh: "安康市 紫阳县", en: "Ziyang, Ankang" }, count: 5 },
      { place: "", name: null, count: 4 },
    ])
    expect(data.expiringCertificates[0]?.number).toBe("N-1")
    expect(data.awaitingReview).toEqual([{ id: "p2", title: "魔芋" }])
  })
  it("survives an empty or odd answer", () => {
    const data = normalizeDashboard(null, "2026-03-02", 7)
    expect(data.salesByDay).toHaveLength(7)
    expect(data.topProducts).toEqual([])
  })
})
