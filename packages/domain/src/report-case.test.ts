import { describe, expect, it } from "vitest"
import {
  actionProblem,
  allowedTransitions,
  caseNumber,
  chinaDay,
  descriptionProblem,
  isCaseNumber,
  normalizeReportContact,
  photoProblem,
  REPORT_LIMITS,
  reportNetwork,
  reportPhotoType,
  reportWindow,
  statusAfterAction,
  transitionProblem,
} from "./index"

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
const WEBP = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ")

describe("case numbers", () => {
  it("name the China calendar day and that day's sequence", () => {
    expect(caseNumber("20261206", 1)).toBe("JB-20261206-0001")
    expect(caseNumber("20261206", 42)).toBe("JB-20261206-0042")
    expect(caseNumber("20261206", 12345)).toBe("JB-20261206-12345")
  })

  it("count a report at 23:30 UTC on the next China day", () => {
    expect(chinaDay(new Date("2026-12-05T23:30:00Z"))).toBe("20261206")
    expect(chinaDay(new Date("2026-12-05T15:59:59Z"))).toBe("20261205")
    expect(chinaDay(new Date("2026-12-05T16:00:00Z"))).toBe("20261206")
  })

  it("refuse a malformed day or a sequence below one", () => {
    expect(() => caseNumber("2026-12-06", 1)).toThrow(RangeError)
    expect(() => caseNumber("20261206", 0)).toThrow(RangeError)
    expect(() => caseNumber("20261206", 1.5)).toThrow(RangeError)
  })

  it("are recognised only in their own format", () => {
    expect(isCaseNumber("JB-20261206-0001")).toBe(true)
    expect(isCaseNumber(caseNumber("20261206", 10001))).toBe(true)
    expect(isCaseNumber("JB-20261206-0000")).toBe(false)
    expect(isCaseNumber("JB-2026126-0001")).toBe(false)
    expect(isCaseNumber("jb-20261206-0001")).toBe(false)
    expect(isCaseNumber("JB-20261206-0001<script>")).toBe(false)
  })
})

describe("a report's fields", () => {
  it("need a description, at most the limit in characters as people count them", () => {
    expect(descriptionProblem("   ")).toBe("description_required")
    expect(descriptionProblem("标签写富硒，但包装是假的")).toBeNull()
    expect(descriptionProblem("硒".repeat(REPORT_LIMITS.descriptionMax))).toBeNull()
    expect(descriptionProblem("硒".repeat(REPORT_LIMITS.descriptionMax + 1))).toBe("description_too_long")
  })

  it("take a mobile number or e-mail as contact, or none", () => {
    expect(normalizeReportContact("")).toEqual({ ok: true, contact: null })
    expect(normalizeReportContact("+86 138-0013-8000")).toEqual({ ok: true, contact: "13800138000" })
    expect(normalizeReportContact(" Li.Na@Example.cn ")).toEqual({ ok: true, contact: "li.na@example.cn" })
    expect(normalizeReportContact("12345")).toEqual({ ok: false, problem: "contact_invalid" })
    expect(normalizeReportContact("li@na")).toEqual({ ok: false, problem: "contact_invalid" })
    expect(normalizeReportContact(`${"a".repeat(95)}@x.com`)).toEqual({ ok: false, problem: "contact_invalid" })
  })

  it("accept a photo only when its bytes are PNG, JPEG or WebP", () => {
    expect(reportPhotoType(PNG)).toBe("image/png")
    expect(reportPhotoType(JPEG)).toBe("image/jpeg")
    expect(reportPhotoType(WEBP)).toBe("image/webp")
    expect(photoProblem(PNG)).toBeNull()
    expect(photoProblem(new TextEncoder().encode("%PDF-1.4"))).toBe("photo_not_image")
    expect(photoProblem(new TextEncoder().encode("<svg onload=alert(1)>"))).toBe("photo_not_image")
    expect(photoProblem(new Uint8Array())).toBe("photo_empty")
    const big = new Uint8Array(REPORT_LIMITS.photoMaxBytes + 1)
    big.set(PNG)
    expect(photoProblem(big)).toBe("photo_too_large")
  })
})

describe("throttling", () => {
  it("counts reports per /24 or /64 network, never per address", () => {
    expect(reportNetwork("203.0.113.7")).toBe("203.0.113.0/24")
    expect(reportNetwork("::ffff:203.0.113.200")).toBe("203.0.113.0/24")
    expect(reportNetwork("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64")
    expect(reportNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64")
    expect(reportNetwork("::1")).toBe("0:0:0:0::/64")
    expect(reportNetwork("2001:0db8:0001:0002:0:0:0:1")).toBe("2001:db8:1:2::/64")
  })

  it("says how long is left of the hour window", () => {
    const at = new Date("2026-12-06T10:59:30Z")
    expect(reportWindow(at)).toEqual({ startsAt: new Date("2026-12-06T10:00:00Z"), retryAfterSeconds: 30 })
    expect(reportWindow(new Date("2026-12-06T10:00:00Z")).retryAfterSeconds).toBe(3600)
  })
})

describe("the staff queue", () => {
  it("moves new → investigating → closed, and a new case straight to closed", () => {
    expect(transitionProblem("new", "investigating", null)).toBeNull()
    expect(transitionProblem("investigating", "closed", "假冒属实，已下架")).toBeNull()
    expect(transitionProblem("new", "closed", "重复举报")).toBeNull()
    expect(allowedTransitions("closed")).toEqual([])
  })

  it("refuses going back, staying put, and closing without a resolution note", () => {
    expect(transitionProblem("investigating", "new", null)).toBe("transition_not_allowed")
    expect(transitionProblem("closed", "investigating", "reopen")).toBe("transition_not_allowed")
    expect(transitionProblem("new", "new", null)).toBe("same_status")
    expect(transitionProblem("investigating", "closed", "  ")).toBe("note_required")
    expect(transitionProblem("investigating", "closed", "x".repeat(REPORT_LIMITS.noteMax + 1))).toBe("note_too_long")
  })

  it("allows each action only on an open case that is about what it acts on", () => {
    const open = { status: "investigating" as const, product_id: "prod_1", enterprise_id: "ent_1", serial_id: null }
    expect(actionProblem("unpublish_listing", open)).toBeNull()
    expect(actionProblem("suspend_enterprise", open)).toBeNull()
    expect(actionProblem("revoke_certificate", open)).toBeNull()
    expect(actionProblem("confirm_counterfeit", open)).toBe("no_serial")
    expect(actionProblem("confirm_counterfeit", { ...open, serial_id: "pser_1" })).toBeNull()
    expect(actionProblem("unpublish_listing", { ...open, product_id: null })).toBe("no_product")
    expect(actionProblem("suspend_enterprise", { ...open, enterprise_id: null })).toBe("no_enterprise")
    expect(actionProblem("revoke_certificate", { ...open, product_id: null, enterprise_id: null })).toBe("no_product")
    expect(actionProblem("unpublish_listing", { ...open, status: "closed" })).toBe("case_closed")
  })

  it("takes a new case up when staff act on it", () => {
    expect(statusAfterAction("new")).toBe("investigating")
    expect(statusAfterAction("investigating")).toBe("investigating")
  })
})
