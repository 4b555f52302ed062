import { assembleReport, attributionCsv, attributionSourceCsv, conversionRate, daysOf, reportPeriod } from "../attribution-report"

describe("reportPeriod", () => {
  it("defaults to the last 30 China days, today included", () => {
    // 17:00 UTC on the 29th is already the 30th in Shanghai.
    const period = reportPeriod({}, new Date("2026-11-29T17:00:00Z"))
    expect(period).toMatchObject({ from: "2026-11-01", to: "2026-11-30" })
    expect(period.start.toISOString()).toBe("2026-10-31T16:00:00.000Z")
    expect(period.end.toISOString()).toBe("2026-11-30T16:00:00.000Z")
  })

  it("keeps given days and lists each of them", () => {
    const period = reportPeriod({ from: "2026-02-27", to: "2026-03-01" })
    expect(daysOf(period)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"])
  })
})

describe("assembleReport", () => {
  const report = assembleReport({
    period: { from: "2026-11-28", to: "2026-11-30" },
    campaigns: [
      { id: "page_x", handle: "x", name: "硒博会, 特惠", budget: { type: "spend", limit: 1000, used: 12.5 } },
      { id: "page_y", handle: "y", name: "=SUM(A1)", budget: null },
    ],
    visits: [
      { campaign_page_id: "page_x", day: "2026-11-28", visits: 3 },
      { campaign_page_id: "page_x", day: "2026-11-30", visits: 4 },
      { campaign_page_id: "page_y", day: "2026-11-27", visits: 9 },
    ],
    carts: [{ campaign_page_id: "page_x", day: "2026-11-28", carts: 2 }],
    conversions: [
      { campaign_page_id: "page_x", day: "2026-11-28", orders: 1, revenue: 100.1, discount: 0.2 },
      { campaign_page_id: "page_x", day: "2026-11-29", orders: 1, revenue: 50, discount: 0.1 },
    ],
    sources: [
      { campaign_page_id: "page_x", source: "wechat", medium: "social", visits: 5 },
      { campaign_page_id: "page_x", source: "", medium: "", visits: 2 },
      { campaign_page_id: "page_x", source: "wechat", medium: "social", carts: 2 },
      { campaign_page_id: "page_x", source: "wechat", medium: "social", orders: 1, revenue: 100.1 },
      { campaign_page_id: "page_x", source: "weibo", medium: "cpc", orders: 1, revenue: 50 },
    ],
  })

  it("reports each campaign by utm_source and utm_medium, most visits first, unset ones as null", () => {
    expect(report.campaigns[0]!.sources).toEqual([
      { source: "wechat", medium: "social", visits: 5, carts: 2, orders: 1, revenue: 100.1, conversion: 0.2 },
      { source: null, medium: null, visits: 2, carts: 0, orders: 0, revenue: 0, conversion: 0 },
      { source: "weibo", medium: "cpc", visits: 0, carts: 0, orders: 1, revenue: 50, conversion: 0 },
    ])
    expect(report.campaigns[1]!.sources).toEqual([])
    const lines = attributionSourceCsv(report).slice(1).trimEnd().split("\r\n")
    expect(lines).toHaveLength(1 + 3)
    expect(lines[0]).toContain("来源 utm_source,媒介 utm_medium")
    expect(lines[1]).toBe('2026-11-28,2026-11-30,"硒博会, 特惠",x,page_x,wechat,social,5,2,1,100.10,0.2000')
    expect(lines[2]).toBe('2026-11-28,2026-11-30,"硒博会, 特惠",x,page_x,,,2,0,0,0.00,0.0000')
  })

  it("has every day of the range per campaign, with zeros", () => {
    expect(report.campaigns.map((c) => c.days.map((d) => d.date))).toEqual([
      ["2026-11-28", "2026-11-29", "2026-11-30"],
      ["2026-11-28", "2026-11-29", "2026-11-30"],
    ])
    expect(report.campaigns[1]!.totals).toEqual({ visits: 0, carts: 0, orders: 0, revenue: 0, discount: 0, conversion: 0 })
    expect(report.campaigns[0]!.days[1]).toEqual({ date: "2026-11-29", visits: 0, carts: 0, orders: 1, revenue: 50, discount: 0.1, conversion: 0 })
  })

  it("totals the days and works out conversion = orders / visits to 4 decimals", () => {
    expect(report.campaigns[0]!.totals).toEqual({ visits: 7, carts: 2, orders: 2, revenue: 150.1, discount: 0.3, conversion: 0.2857 })
    expect(report.campaigns[0]!.days[0]!.conversion).toBe(0.3333)
    expect(conversionRate(0, 0)).toBe(0)
    expect(conversionRate(2, 3)).toBe(0.6667)
  })

  it("writes one CSV row per campaign per day after a header, with BOM and defused text", () => {
    const csv = attributionCsv(report)
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const lines = csv.slice(1).trimEnd().split("\r\n")
    expect(lines).toHaveLength(1 + 2 * 3)
    expect(lines[0]).toBe("日期 date,活动 campaign,活动标识 handle,活动ID campaign_id,访问 visits,加购 carts,订单 orders,成交额 revenue (CNY),优惠 discount (CNY),转化率 conversion")
    expect(lines[1]).toBe('2026-11-28,"硒博会, 特惠",x,page_x,3,2,1,100.10,0.20,0.3333')
    expect(lines[4]).toBe("2026-11-28,'=SUM(A1),y,page_y,0,0,0,0.00,0.00,0.0000")
  })
})
