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
})
