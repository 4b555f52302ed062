import { describe, expect, it } from "vitest"
import { claimRefusalMessage, claimVerdict } from "@seleno/domain"
import zh from "@/i18n/messages/zh-CN.portal"
import en from "@/i18n/messages/en.portal"
import { claimRefusalText, fieldOfProductMessage } from "./portal-products"

describe("fieldOfProductMessage", () => {
  it("names the most specific field the backend complains about", () => {
    expect(fieldOfProductMessage("brand_id: your enterprise holds no authorization for 安康富硒茶")).toBe("brand_id")
    expect(fieldOfProductMessage("variants.title cannot be empty")).toBe("variant_title")
    expect(fieldOfProductMessage("title_en is longer than 200 characters")).toBe("title_en")
    expect(fieldOfProductMessage("price has at most 2 decimals (fen)")).toBe("price")
    expect(fieldOfProductMessage("title cannot be empty")).toBe("title")
    expect(fieldOfProductMessage("Something else")).toBeUndefined()
  })

  it("names the add-variant form's fields, which carry the backend's own names", () => {
    expect(fieldOfProductMessage('title: this listing already has a variant called "250 克罐装"')).toBe("title")
    expect(fieldOfProductMessage("Invalid request: Value for field 'title' too small, expected at least: '1'")).toBe("title")
    expect(fieldOfProductMessage("Invalid request: gtin must be the 8, 12, 13 or 14 digits of the package barcode, with a valid check digit")).toBe("gtin")
    expect(fieldOfProductMessage("Product variant with sku: FY-1, already exists.")).toBe("sku")
  })
})

describe("claimRefusalText", () => {
  const verdict = claimVerdict({ texts: { title: "赣南富硒脐橙" }, metadata: { selenium_mg_per_kg: 0.02 }, certification: { certified: false, reason: "certificate_expired" } })
  const message = claimRefusalMessage("赣南富硒脐橙", verdict)

  it("says a claim-rule refusal in Chinese, naming each problem and the certificate's state", () => {
    const text = claimRefusalText(message, zh.products)!
    expect(text).toContain("标题、副标题或描述含有“硒”相关宣称")
    expect(text).toContain("填写了硒含量")
    expect(text).toContain("证书已过期")
    expect(text).not.toMatch(/[a-z_]{6,}/)
  })

  it("says it in English too, and ignores other messages", () => {
    expect(claimRefusalText(message, en.products)).toContain("the certificate has expired")
    expect(claimRefusalText("brand_id: your enterprise holds no authorization", zh.products)).toBeUndefined()
  })
})
