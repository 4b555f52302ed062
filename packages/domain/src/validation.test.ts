import { describe, expect, it } from "vitest"
import { refusedFieldName } from "./validation"

describe("refusedFieldName", () => {
  it("names the field without list positions", () => {
    expect(refusedFieldName("contact_phone")).toBe("contact_phone")
    expect(refusedFieldName("variants.0.price")).toBe("price")
    expect(refusedFieldName(undefined)).toBeUndefined()
  })
})
