import { describe, expect, it } from "vitest"
import en from "@/i18n/messages/en.campaigns"
import zhCN from "@/i18n/messages/zh-CN.campaigns"
import {
  campaignName,
  countdownParts,
  countdownTarget,
  countdownText,
  discountFold,
  offerText,
  paragraphs,
  phaseAt,
  safeExternalUrl,
  sessionTitle,
  shortPrice,
  sortByPhase,
  type StoreCampaignCode,
} from "./campaigns"

const NOW = new Date("2026-11-29T12:00:00Z")
const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3600_000).toISOString()
const code = (kind: StoreCampaignCode["kind"], value: number | null, min_subtotal: number | null = null): StoreCampaignCode => ({
  code: "XBH2026",
  kind,
  value,
  min_subtotal,
})

describe("offer wording", () => {
  it("counts percentage discounts in 折 in Chinese", () => {
    expect(offerText(code("percentage", 5), zhCN.offer, "zh-CN")).toBe("95 折")
    expect(offerText(code("percentage", 10), zhCN.offer, "zh-CN")).toBe("9 折")
    expect(offerText(code("percentage", 15), zhCN.offer, "zh-CN")).toBe("85 折")
    expect(offerText(code("percentage", 12.5), zhCN.offer, "zh-CN")).toBe("87.5 折")
  })

  it("says how much is taken off in English", () => {
    expect(offerText(code("percentage", 5), en.offer, "en")).toBe("5% off")
    expect(offerText(code("percentage", 12.5), en.offer, "en")).toBe("12.5% off")
  })

  it("calls a 100 % discount free rather than 0 折", () => {
    expect(offerText(code("percentage", 100), zhCN.offer, "zh-CN")).toBe(zhCN.offer.free)
  })

  it("words fixed and free-shipping offers with short prices", () => {
    expect(offerText(code("fixed", 10), zhCN.offer, "zh-CN")).toBe("每件立减 ¥10")
    expect(offerText(code("fixed", 9.9), zhCN.offer, "zh-CN")).toBe("每件立减 ¥9.90")
    expect(offerText(code("free_shipping", null, 199), zhCN.offer, "zh-CN")).toBe("满 ¥199 包邮")
    expect(offerText(code("free_shipping", null, null), zhCN.offer, "zh-CN")).toBe("包邮")
    expect(offerText(code("free_shipping", null, 199), en.offer, "en")).toBe("Free shipping over CN¥199")
    expect(offerText(code("buy_get", null), zhCN.offer, "zh-CN")).toBe(zhCN.offer.buyGet)
  })

  it("keeps 折 free of floating-point noise", () => {
    expect(discountFold(12.3)).toBe(87.7)
    expect(discountFold(20)).toBe(8)
  })

  it("drops only whole-yuan decimals from short prices", () => {
    expect(shortPrice(199, "zh-CN")).toBe("¥199")
    expect(shortPrice(199.5, "zh-CN")).toBe("¥199.50")
  })
})

describe("phases", () => {
  const upcoming = { handle: "u", starts_at: hoursFromNow(5), ends_at: hoursFromNow(10) }
  const laterUpcoming = { handle: "u2", starts_at: hoursFromNow(2), ends_at: hoursFromNow(30) }
  const running = { handle: "r", starts_at: hoursFromNow(-48), ends_at: hoursFromNow(1) }
  const runningNewer = { handle: "r2", starts_at: hoursFromNow(-1), ends_at: hoursFromNow(1) }
  const ended = { handle: "e", starts_at: hoursFromNow(-10), ends_at: hoursFromNow(-1) }

  it("works the phase out from the dates", () => {
    expect(phaseAt(upcoming, NOW)).toBe("upcoming")
    expect(phaseAt(running, NOW)).toBe("running")
    expect(phaseAt(ended, NOW)).toBe("ended")
    expect(phaseAt(running, new Date(running.ends_at))).toBe("ended")
  })

  it("orders running first, then upcoming, then ended, each by start", () => {
    expect(sortByPhase([ended, upcoming, runningNewer, laterUpcoming, running], NOW).map((c) => c.handle)).toEqual([
      "r",
      "r2",
      "u2",
      "u",
      "e",
    ])
  })

  it("counts down to the start while upcoming and to the end while running", () => {
    expect(countdownTarget(upcoming, NOW)).toEqual({ to: "start", at: upcoming.starts_at })
    expect(countdownTarget(running, NOW)).toEqual({ to: "end", at: running.ends_at })
    expect(countdownTarget(ended, NOW)).toBeNull()
    expect(countdownTarget({ starts_at: null, ends_at: null }, NOW)).toBeNull()
  })
})

describe("countdown", () => {
  const target = new Date(NOW.getTime() + ((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000)

  it("splits the time left into days, hours, minutes and seconds", () => {
    expect(countdownParts(target, NOW)).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5, done: false })
  })

  it("is done, not negative, once the target has passed", () => {
    expect(countdownParts(hoursFromNow(-1), NOW)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0, done: true })
  })

  it("writes the parts in the page's language, leaving out leading zero units", () => {
    expect(countdownText(countdownParts(target, NOW), zhCN.countdown)).toBe("2 天 3 小时 4 分 5 秒")
    expect(countdownText(countdownParts(target, NOW), en.countdown)).toBe("2d 3h 4m 5s")
    expect(countdownText(countdownParts(new Date(NOW.getTime() + 65_000), NOW), zhCN.countdown)).toBe("1 分 5 秒")
    expect(countdownText(countdownParts(new Date(NOW.getTime() + 24 * 3600_000), NOW), zhCN.countdown)).toBe("1 天 0 小时 0 分 0 秒")
  })
})

describe("texts", () => {
  it("uses the English name on English pages when there is one", () => {
    expect(campaignName({ name: "硒博会", name_en: "Selenium Expo" }, "en")).toBe("Selenium Expo")
    expect(campaignName({ name: "硒博会", name_en: "Selenium Expo" }, "zh-CN")).toBe("硒博会")
    expect(campaignName({ name: "硒博会", name_en: null }, "en")).toBe("硒博会")
    expect(sessionTitle({ title: "直播专场", title_en: "  " }, "en")).toBe("直播专场")
  })

  it("splits a body into plain paragraphs", () => {
    expect(paragraphs("第一段\n\n第二段 \n第三段")).toEqual(["第一段", "第二段", "第三段"])
    expect(paragraphs(null)).toEqual([])
  })

  it("offers only http(s) links", () => {
    expect(safeExternalUrl("https://live.example.com/seleno/ziyang-tea")).toBe("https://live.example.com/seleno/ziyang-tea")
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull()
    expect(safeExternalUrl("not a url")).toBeNull()
    expect(safeExternalUrl(null)).toBeNull()
  })
})
