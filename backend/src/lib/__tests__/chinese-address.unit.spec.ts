import { chineseAddressErrors } from "../chinese-address"

describe("chineseAddressErrors", () => {
  it("accepts a complete mainland address", () => {
    expect(chineseAddressErrors({ country_code: "cn", phone: "13800138000", postal_code: "725000" })).toEqual([])
  })
  it("names the phone and the postal code when both are wrong", () => {
    const errors = chineseAddressErrors({ country_code: "CN", phone: "12345", postal_code: "7250" })
    expect(errors.map((e) => e.field)).toEqual(["phone", "postal_code"])
  })
  it("leaves addresses outside the mainland to Medusa", () => {
    expect(chineseAddressErrors({ country_code: "de", phone: "12345", postal_code: "7250" })).toEqual([])
  })
})
