import { monitoringRange, rangeDays } from "../range"
import { AdminMonitoringQuery } from "../validators"

describe("monitoringRange", () => {
  // 2026-12-06 01:00 in China is still 2026-12-05 in UTC.
  const now = new Date("2026-12-05T17:00:00Z")

  it("defaults to the last 30 China days, today included", () => {
    const range = monitoringRange({}, now)
    expect(range).toMatchObject({ from: "2026-11-07", to: "2026-12-06" })
    expect(range.start.toISOString()).toBe("2026-11-06T16:00:00.000Z")
    expect(range.end.toISOString()).toBe("2026-12-06T16:00:00.000Z")
    expect(rangeDays(range)).toBe(30)
  })

  it("counts 30 days back from a given `to`, and keeps a given `from`", () => {
    expect(monitoringRange({ to: "2026-03-01" }, now)).toMatchObject({ from: "2026-01-31", to: "2026-03-01" })
    expect(monitoringRange({ from: "2026-12-01" }, now)).toMatchObject({ from: "2026-12-01", to: "2026-12-06" })
  })
})

describe("AdminMonitoringQuery", () => {
  const problem = (query: Record<string, string>) => {
    const result = AdminMonitoringQuery.safeParse(query)
    return result.success ? null : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
  }

  it("accepts no filter, one day, 366 days and a known region", () => {
    expect(problem({})).toBeNull()
    expect(problem({ from: "2026-11-01", to: "2026-11-01" })).toBeNull()
    expect(problem({ from: "2025-01-01", to: "2026-01-01" })).toBeNull()
    expect(problem({ region: "enshi" })).toBeNull()
  })

  it("names the field of a bad date, a reversed or too long range and an unknown region", () => {
    expect(problem({ from: "2026-02-30" })).toMatch(/^from: from "2026-02-30" is not a date/)
    expect(problem({ to: "tomorrow" })).toMatch(/^to: /)
    expect(problem({ from: "2026-11-02", to: "2026-11-01" })).toBe("from: from 2026-11-02 is after to 2026-11-01")
    expect(problem({ from: "2025-01-01", to: "2026-01-02" })).toMatch(/^to: to 2026-01-02 is more than 366 days after from 2025-01-01/)
    expect(problem({ region: "atlantis" })).toMatch(/^region: region "atlantis" is not one of ankang, ganzhou, enshi/)
  })

  it("refuses a lone `from` after today by name", () => {
    expect(problem({ from: "2999-01-01" })).toMatch(/^from: from 2999-01-01 is after to /)
  })
})
