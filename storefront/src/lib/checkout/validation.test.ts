import { describe, expect, it } from "vitest"
import { toMedusaAddress } from "./address"
import { DIVISIONS, citiesOf, districtsOf } from "./divisions"
import { EMPTY_CHECKOUT, invoiceRequestOf, parcelsWithoutChoice, readCheckoutForm, validateAddress, validateCheckout, type CheckoutValues } from "./validation"

const VALID: CheckoutValues = {
  ...EMPTY_CHECKOUT,
  email: "buyer@example.com",
  recipient: "张三",
  province: "陕西省",
  city: "安康市",
  district: "汉滨区",
  addressLine: "巴山东路 12 号 3 栋 2 单元",
  postalCode: "725000",
  phone: "+86 138-0013-8000",
  shipping: { sp_tea: "so_standard" },
  consent: true,
}

describe("division data", () => {
  it("cascades province → city → district", () => {
    expect(citiesOf("陕西省")).toContain("安康市")
    expect(districtsOf("陕西省", "安康市")).toContain("汉滨区")
    expect(districtsOf("陕西省", "不存在市")).toEqual([])
  })
})

describe("checkout validation", () => {
  it("accepts a complete order", () => {
    expect(validateCheckout(VALID, { divisions: DIVISIONS, parcels: [{ id: "sp_tea", optionIds: ["so_standard", "so_express"] }] })).toEqual({})
  })

  it("reports each missing field by name", () => {
    const errors = validateCheckout(EMPTY_CHECKOUT)
    expect(errors).toEqual({
      email: "errorEmail",
      recipient: "errorRecipient",
      province: "errorProvince",
      city: "errorCity",
      district: "errorDistrict",
      addressLine: "errorAddressLine",
      postalCode: "errorPostalCode",
      phone: "errorPhone",
      shippingOptionId: "errorShipping",
      consent: "errorConsent",
    })
  })

  it("rejects a landline, a short postal code and a bad e-mail", () => {
    const errors = validateCheckout({ ...VALID, phone: "029-88888888", postalCode: "72500", email: "buyer@example" })
    expect(errors).toEqual({ phone: "errorPhone", postalCode: "errorPostalCode", email: "errorEmail" })
  })

  it("rejects a city or district outside its parent", () => {
    expect(validateAddress({ ...VALID, city: "赣州市" }, DIVISIONS)).toMatchObject({ city: "errorCity" })
    expect(validateAddress({ ...VALID, district: "章贡区" }, DIVISIONS)).toEqual({ district: "errorDistrict" })
    expect(validateAddress({ ...VALID, province: "火星省" }, DIVISIONS)).toMatchObject({ province: "errorProvince" })
  })

  it("rejects an unknown shipping option", () => {
    expect(validateCheckout(VALID, { parcels: [{ id: "sp_tea", optionIds: ["so_express"] }] })).toEqual({ shippingOptionId: "errorShipping" })
  })

  it("needs one choice per parcel and names the parcels without one", () => {
    const parcels = [
      { id: "sp_tea", optionIds: ["so_standard"] },
      { id: "sp_pork", optionIds: ["so_cold"] },
    ]
    expect(validateCheckout(VALID, { parcels })).toEqual({ shippingOptionId: "errorShipping" })
    expect(parcelsWithoutChoice(VALID.shipping, parcels)).toEqual(["sp_pork"])
    // An option of another parcel does not count for this one.
    expect(parcelsWithoutChoice({ sp_tea: "so_standard", sp_pork: "so_standard" }, parcels)).toEqual(["sp_pork"])
    expect(validateCheckout({ ...VALID, shipping: { sp_tea: "so_standard", sp_pork: "so_cold" } }, { parcels })).toEqual({})
  })

  it("reads one choice per parcel from the form", () => {
    const form = new FormData()
    form.set("shipping_option_id.sp_tea", "so_standard")
    form.set("shipping_option_id.sp_pork", "so_cold")
    expect(readCheckoutForm(form).shipping).toEqual({ sp_tea: "so_standard", sp_pork: "so_cold" })
  })

  it("asks a personal invoice for the name only and a company invoice for a valid taxpayer id", () => {
    expect(validateCheckout({ ...VALID, invoiceRequested: false, taxpayerId: "bad" })).toEqual({})
    expect(validateCheckout({ ...VALID, invoiceRequested: true })).toEqual({ invoiceTitle: "errorInvoiceTitle" })
    expect(validateCheckout({ ...VALID, invoiceRequested: true, invoiceTitle: "张三", taxpayerId: "bad" })).toEqual({})
    expect(invoiceRequestOf({ ...VALID, invoiceRequested: true, invoiceTitle: " 张三 ", taxpayerId: "bad" })).toEqual({
      type: "personal",
      title: "张三",
      taxpayer_id: null,
    })
    expect(validateCheckout({ ...VALID, invoiceRequested: true, invoiceType: "company" })).toEqual({
      invoiceTitle: "errorInvoiceTitle",
      taxpayerId: "errorTaxpayerId",
    })
    const invoice = { ...VALID, invoiceRequested: true, invoiceType: "company" as const, invoiceTitle: "安康某某茶业有限公司" }
    expect(validateCheckout({ ...invoice, taxpayerId: "91610900MA6Y2Q8X3M" })).toEqual({})
    expect(validateCheckout({ ...invoice, taxpayerId: "91610900MA6Y2Q8X3K" })).toEqual({ taxpayerId: "errorTaxpayerId" })
    // Typed in lowercase: kept in capitals.
    expect(invoiceRequestOf({ ...invoice, taxpayerId: "91610900ma6y2q8x3m" })?.taxpayer_id).toBe("91610900MA6Y2Q8X3M")
    expect(validateCheckout({ ...invoice, taxpayerId: "9161090012345" })).toEqual({ taxpayerId: "errorTaxpayerId" })
    expect(validateCheckout({ ...invoice, taxpayerId: "916109001234567890123" })).toEqual({ taxpayerId: "errorTaxpayerId" })
    expect(validateCheckout({ ...invoice, taxpayerId: "123456789012345" })).toEqual({})
  })

  it("reads the submitted form, including checkboxes", () => {
    const form = new FormData()
    form.set("email", "a@b.cn")
    form.set("address_line", "路 1 号")
    form.set("invoice_requested", "on")
    form.set("invoice_type", "company")
    form.set("privacy_consent", "on")
    const values = readCheckoutForm(form)
    expect(values.email).toBe("a@b.cn")
    expect(values.addressLine).toBe("路 1 号")
    expect(values.invoiceRequested).toBe(true)
    expect(values.invoiceType).toBe("company")
    expect(values.consent).toBe(true)
    expect(values.phone).toBe("")
  })
})

describe("Medusa address mapping (backend contract)", () => {
  it("maps recipient, district and normalized mobile as agreed", () => {
    expect(toMedusaAddress(VALID)).toEqual({
      first_name: "张三",
      last_name: "",
      phone: "13800138000",
      country_code: "cn",
      province: "陕西省",
      city: "安康市",
      address_2: "汉滨区",
      address_1: "巴山东路 12 号 3 栋 2 单元",
      postal_code: "725000",
    })
  })
})
