import { campaignScheduleMinutes, campaignTransitions, scheduleWindow } from "../campaign-schedule"

const campaign = (id: string, starts_at: string | null, ends_at: string | null) => ({ id, handle: id, name: id, starts_at, ends_at })

describe("scheduleWindow", () => {
  it("covers the five minutes up to the tick the run belongs to", () => {
    const { from, to } = scheduleWindow(new Date("2026-11-29T10:05:02Z"))
    expect(from.toISOString()).toBe("2026-11-29T10:00:00.000Z")
    expect(to.toISOString()).toBe("2026-11-29T10:05:00.000Z")
  })
  it("meets the next run's window without a gap or overlap", () => {
    const first = scheduleWindow(new Date("2026-11-29T10:05:02Z"))
    const second = scheduleWindow(new Date("2026-11-29T10:10:01Z"))
    expect(second.from.getTime()).toBe(first.to.getTime())
  })
})

describe("campaignTransitions", () => {
  const from = new Date("2026-11-29T10:00:00Z")
  const to = new Date("2026-11-29T10:05:00Z")
  it("reports starts and ends inside (from, to], in time order", () => {
    const transitions = campaignTransitions(
      [
        campaign("ending", "2026-11-01T00:00:00Z", "2026-11-29T10:04:00Z"),
        campaign("starting", "2026-11-29T10:01:00Z", "2026-12-01T00:00:00Z"),
        campaign("on-the-edge", "2026-11-29T10:05:00Z", null),
        campaign("just-before", "2026-11-29T10:00:00Z", null),
        campaign("later", "2026-11-29T10:05:01Z", null),
      ],
      from,
      to
    )
    expect(transitions.map((t) => `${t.campaign.id}:${t.event}`)).toEqual(["starting:started", "ending:ended", "on-the-edge:started"])
  })
})

describe("campaignScheduleMinutes", () => {
  it("is 5 by default, takes a divisor of an hour, and refuses anything else", () => {
    expect(campaignScheduleMinutes(undefined)).toBe(5)
    expect(campaignScheduleMinutes("")).toBe(5)
    expect(campaignScheduleMinutes("1")).toBe(1)
    expect(campaignScheduleMinutes("15")).toBe(15)
    for (const bad of ["0", "7", "1.5", "-5", "90", "soon"]) expect(() => campaignScheduleMinutes(bad)).toThrow(/CAMPAIGN_SCHEDULE_MINUTES must be/)
  })
})
