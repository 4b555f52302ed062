import { describe, expect, it } from "vitest"
import { fieldOfProductMessage } from "./portal-products"

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
