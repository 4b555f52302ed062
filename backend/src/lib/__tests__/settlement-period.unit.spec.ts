import { chinaDay, chinaDayStart, SettlementPeriodQuery, toPeriod } from "../settlement-period"

describe("China calendar days", () => {
  it("start at 00:00 UTC+8, the evening before in UTC", () => {
    expect(chinaDayStart("2026-11-29")?.toISOString()).toBe("2026-11-28T16:00:00.000Z")
    expect(chinaDay(new Date("2026-11-28T16:00:00Z"))).toBe("2026-11-29")
    expect(chinaDay(new Date("2026-11-28T15:59:59.999Z"))).toBe("2026-11-28")
  })
  it("refuse dates that do not exist", () => {
    expect(chinaDayStart("2026-02-30")).toBeNull()
    expect(chinaDayStart("2026-2-3")).toBeNull()
    expect(chinaDayStart("2024-02-29")).not.toBeNull()
  })
})

describe("SettlementPeriodQuery", () => {
  const problem = (query: Record<string, string>) => {
    const result = SettlementPeriodQuery.safeParse(query)
    return result.success ? null : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
  }
  it("takes one day and a whole (leap) year, both ends included", () => {
    expect(problem({ from: "2026-11-29", to: "2026-11-29" })).toBeNull()
    expect(problem({ from: "2024-01-01", to: "2024-12-31" })).toBeNull()
    const period = toPeriod({ from: "2026-11-01", to: "2026-11-30" })
    expect(period.end.getTime() - period.start.getTime()).toBe(30 * 24 * 60 * 60 * 1000)
  })
  it("names the field and the reason", () => {
    expect(problem({ from: "2026-12-01", to: "2026-11-01" })).toMatch(/^from: from 2026-12-01 is after to 2026-11-01/)
    expect(problem({ from: "2025-01-01", to: "2026-01-02" })).toMatch(/^to: .*longer than 366 days/)
    expect(problem({ from: "yesterday", to: "2026-11-01" })).toMatch(/^from: from "yesterday" is not a date/)
    expect(problem({ from: "2026-11-01", to: "2026-11-02", format: "xlsx" })).toMatch(/^format: format must be json or csv/)
  })
})
