import { describe, expect, it } from "vitest"
import { backendReportError, readReportForm, receiptNumber, receiptPath, waitMinutes } from "./report-case"

function form(fields: Record<string, string>, photo?: File): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  if (photo) data.append("photo", photo)
  return data
}

const PNG = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "a.png", { type: "image/png" })

describe("readReportForm", () => {
  it("reads a product-page report, normalising the contact", () => {
    const reading = readReportForm(form({ kind: "quality", description: " 茶叶发霉 ", contact: "+86 138 0013 8000", product_id: "prod_1" }, PNG))
    expect(reading).toEqual({
      ok: true,
      input: { kind: "quality", description: "茶叶发霉", contact: "13800138000", subject: { product_id: "prod_1" }, photo: PNG },
    })
  })

  it("reads a trace-page report by its code; an empty photo input is no photo", () => {
    const empty = new File([], "", { type: "application/octet-stream" })
    const reading = readReportForm(form({ kind: "counterfeit", description: "码查不到", gtin: "06901234567892", lot: "L1", serial: "0001" }, empty))
    expect(reading).toMatchObject({ ok: true, input: { subject: { gtin: "06901234567892", lot: "L1", serial: "0001" }, contact: null, photo: null } })
  })

  it("names every field to fix", () => {
    const pdf = new File(["%PDF-1.4"], "x.pdf", { type: "application/pdf" })
    expect(readReportForm(form({ kind: "other", description: "", contact: "123" }, pdf))).toEqual({
      ok: false,
      fieldErrors: { kind: "kind", description: "descriptionRequired", contact: "contact", photo: "photoType", subject: "subject" },
    })
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.jpg", { type: "image/jpeg" })
    expect(readReportForm(form({ kind: "quality", description: "x".repeat(2001), product_id: "p" }, big))).toEqual({
      ok: false,
      fieldErrors: { description: "descriptionTooLong", photo: "photoSize" },
    })
  })
})

describe("backend refusals", () => {
  it("map to the field and message the form shows", () => {
    expect(backendReportError(400, "photo_not_image", "photo")).toEqual({ field: "photo", key: "photoType" })
    expect(backendReportError(413, "photo_too_large", "photo")).toEqual({ field: "photo", key: "photoSize" })
    expect(backendReportError(400, "contact_invalid", "contact")).toEqual({ field: "contact", key: "contact" })
    expect(backendReportError(429, "too_many_reports", undefined)).toEqual({ field: null, key: "tooMany" })
    expect(backendReportError(400, "invalid", "product_id")).toEqual({ field: null, key: "subject" })
    expect(backendReportError(503, undefined, undefined)).toEqual({ field: null, key: "generic" })
  })

  it("turn Retry-After seconds into whole minutes", () => {
    expect(waitMinutes("3599")).toBe(60)
    expect(waitMinutes("30")).toBe(1)
    expect(waitMinutes(null)).toBeNull()
    expect(waitMinutes("Wed, 21 Oct 2026 07:28:00 GMT")).toBeNull()
  })
})

describe("the confirmation page", () => {
  it("shows only well-formed case numbers", () => {
    expect(receiptPath("en", "JB-20261206-0001")).toBe("/en/report-cases/received?case=JB-20261206-0001")
    expect(receiptNumber("JB-20261206-0001")).toBe("JB-20261206-0001")
    expect(receiptNumber(["JB-20261206-0002", "x"])).toBe("JB-20261206-0002")
    expect(receiptNumber("<b>JB</b>")).toBeNull()
    expect(receiptNumber(undefined)).toBeNull()
  })
})
