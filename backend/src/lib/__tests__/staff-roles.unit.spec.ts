import { marketingMay, marketingRefusal, refusedUpload, routePath, staffRole } from "../staff-roles"

describe("staffRole", () => {
  it("is marketing only for metadata.role === 'marketing'", () => {
    expect(staffRole({ metadata: { role: "marketing" } })).toBe("marketing")
    expect(staffRole({ metadata: { role: "Marketing" } })).toBe("platform")
    expect(staffRole({ metadata: { role: ["marketing"] } })).toBe("platform")
    expect(staffRole({ metadata: null })).toBe("platform")
    expect(staffRole({})).toBe("platform")
  })
})

describe("marketingMay", () => {
  it.each([
    ["POST", "/admin/marketing/campaigns"],
    ["GET", "/admin/marketing/attribution/export?from=2026-11-01"],
    ["DELETE", "/admin/campaigns/camp_1"],
    ["POST", "/admin/promotions/promo_1/rules/batch"],
    ["POST", "/admin/price-lists/pl_1/prices/batch"],
    ["POST", "/admin/uploads"],
    ["GET", "/admin/products/prod_1/variants"],
    ["GET", "/admin/product-categories"],
    ["GET", "/admin/brands/brand_1"],
    ["GET", "/admin/regions"],
    ["GET", "/admin/stores/store_1"],
    ["GET", "/admin/currencies/cny"],
    ["GET", "/admin/sales-channels"],
    ["GET", "/admin/customer-groups/cusgroup_1"],
    ["GET", "/admin/users/me"],
    ["GET", "/admin/feature-flags"],
    ["GET", "/admin/views/product/columns"],
    ["GET", "/admin/locales"],
    ["GET", "/admin/translations/statistics"],
    ["HEAD", "/admin/products"],
    ["GET", "/ADMIN/Products/"],
  ])("allows %s %s", (method, url) => {
    expect(marketingMay(method, url)).toBe(true)
  })

  it.each([
    ["GET", "/admin/orders"],
    ["GET", "/admin/customers"],
    ["GET", "/admin/users"],
    ["POST", "/admin/users/me"],
    ["POST", "/admin/users/user_1"],
    ["POST", "/admin/products/prod_1"],
    ["DELETE", "/admin/products/prod_1"],
    ["POST", "/admin/products"],
    ["POST", "/admin/brands"],
    ["POST", "/admin/stores/store_1"],
    ["POST", "/admin/translations/batch"],
    ["POST", "/admin/views/product/configurations"],
    ["DELETE", "/admin/uploads/file_1"],
    ["POST", "/admin/uploads/presigned-urls"],
    ["GET", "/admin/uploads/file_1"],
    ["GET", "/admin/enterprises"],
    ["POST", "/admin/certificates"],
    ["GET", "/admin/settlements"],
    ["GET", "/admin/api-keys"],
    ["GET", "/admin/invites"],
    // Sibling paths that only share a prefix are not covered.
    ["GET", "/admin/products-export"],
    ["POST", "/admin/marketingx"],
    ["GET", "/admin/users/me/x"],
    ["GET", "/admin"],
    ["POST", "/ADMIN/ORDERS/order_1"],
  ])("refuses %s %s", (method, url) => {
    expect(marketingMay(method, url)).toBe(false)
  })
})

describe("routePath and marketingRefusal", () => {
  it("drops query, fragment and trailing slashes and lowers the case", () => {
    expect(routePath("/Admin/Orders/?limit=1")).toBe("/admin/orders")
    expect(routePath("/")).toBe("/")
  })

  it("names the refused method and path", () => {
    expect(marketingRefusal("post", "/admin/orders/o_1?x=1")).toBe(
      "Marketing staff cannot POST /admin/orders/o_1; ask platform staff to do this"
    )
  })
})

describe("refusedUpload", () => {
  it("passes raster images and names the first other file", () => {
    expect(refusedUpload([{ originalname: "hero.png", mimetype: "image/png" }, { originalname: "a.JPG", mimetype: "IMAGE/JPEG" }])).toBeNull()
    expect(refusedUpload([])).toBeNull()
    expect(refusedUpload([{ originalname: "hero.png", mimetype: "image/png" }, { originalname: "x.svg", mimetype: "image/svg+xml" }])).toEqual({ name: "x.svg", type: "image/svg+xml" })
    expect(refusedUpload([{ originalname: "report.pdf", mimetype: "application/pdf" }])).toEqual({ name: "report.pdf", type: "application/pdf" })
    expect(refusedUpload([{}])).toEqual({ name: "file", type: "unknown" })
  })
})
