import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { SEED_PRODUCTS } from "../../src/seed/catalogue-data"
import { cartParcels, chooseShipping } from "../utils/checkout"
import { applyForEnterprise, PORTAL_PASSWORD } from "../utils/enterprise"
import { adminHeaders, ANKANG_ADDRESS, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_storefront"
const INVOICE = { type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3M" }

seededSuite(DB_NAME, ({ api, getContainer, store }) => {


  describe("seed", () => {
    it("is idempotent: a second run creates nothing and duplicates nothing", async () => {
      const container = getContainer()
      const counts = async () => ({
        products: (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length,
        variants: (await container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["id"] })).length,
        categories: (await container.resolve(Modules.PRODUCT).listProductCategories({}, { select: ["id"] })).length,
        regions: (await container.resolve(Modules.REGION).listRegions()).length,
        keys: (await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })).length,
        shippingOptions: (await container.resolve(Modules.FULFILLMENT).listShippingOptions()).length,
        stockLocations: (await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})).length,
        inventoryLevels: (await container.resolve(Modules.INVENTORY).listInventoryLevels({})).length,
        translations: (await container.resolve(Modules.TRANSLATION).listTranslations({})).length,
        users: (await container.resolve(Modules.USER).listUsers()).length,
      })
      const before = await counts()
      expect(before.products).toBe(SEED_PRODUCTS.length)
      expect(before.products).toBeGreaterThanOrEqual(24)
      expect(before.inventoryLevels).toBe(before.variants)
      await seed({ container, args: [] })
      expect(await counts()).toEqual(before)
    })
  })

  describe("store API", () => {
    it("lists the CNY region for mainland China, tax included", async () => {
      const { data } = await api.get("/store/regions", store)
      expect(data.regions).toHaveLength(1)
      const [region] = data.regions
      expect(region.name).toBe("中国大陆")
      expect(region.currency_code).toBe("cny")
      expect(region.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["cn"])
    })

    it("lists seeded products in Chinese by default and in English for en-US", async () => {
      const zh = await api.get("/store/products?handle=ziyang-maojian-green-tea&fields=title,description,*variants", store)
      expect(zh.data.products[0].title).toBe("紫阳毛尖富硒绿茶")
      expect(zh.data.products[0].variants.map((v: { title: string }) => v.title).sort()).toEqual(["125克罐装", "250克礼盒"])
      const en = await api.get("/store/products?handle=ziyang-maojian-green-tea&fields=title,description,*variants&locale=en-US", store)
      expect(en.data.products[0].title).toBe("Ziyang Maojian Selenium-rich Green Tea")
      expect(en.data.products[0].variants.map((v: { title: string }) => v.title).sort()).toEqual(["125 g tin", "250 g gift box"])
      const all = await api.get("/store/products?limit=100&fields=title", store)
      expect(all.data.count).toBe(SEED_PRODUCTS.length)
    })

    it("keeps selenium facts and a loopback image on each product", async () => {
      const { data } = await api.get("/store/products?handle=hanyin-selenium-rice&fields=thumbnail,metadata", store)
      const [product] = data.products
      expect(product.metadata).toMatchObject({ selenium_mg_per_kg: 0.08, serving_g: 100, county: "hanyin" })
      expect(product.thumbnail).toMatch(/^http:\/\/localhost:9000\/static\/.+hanyin-selenium-rice\.svg$/)
    })

    it("translates category names", async () => {
      const { data } = await api.get("/store/product-categories?handle=konjac&locale=en-US&fields=name", store)
      expect(data.product_categories[0].name).toBe("Konjac")
    })
  })

  describe("checkout", () => {
    const variantOf = async (handle: string, regionId: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,variants.sku`, store)
      // The first seeded variant of each product, by its SKU; the API does not promise an order.
      return data.products[0].variants.find((v: { sku: string }) => v.sku === `${handle}-1`.toUpperCase())
    }

    it("completes a cart into an order with the right total and the district in address_2", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const regionId = regions.regions[0].id
      const tea = await variantOf("ziyang-maojian-green-tea", regionId)
      const rice = await variantOf("hanyin-selenium-rice", regionId)

      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "buyer@example.com",
          shipping_address: ANKANG_ADDRESS,
          billing_address: ANKANG_ADDRESS,
          metadata: { invoice: INVOICE, privacy_consent_at: "2026-11-22T08:00:00.000Z" },
        },
        store
      )
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: tea.id, quantity: 2 }, store)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: rice.id, quantity: 1 }, store)
      // Tea and rice come from two enterprises: two parcels, each offered both ambient options.
      const parcels = await cartParcels(api, store, cartId)
      expect(parcels).toHaveLength(2)
      for (const parcel of parcels) expect(parcel.options.map((o) => o.name).sort()).toEqual(["标准快递", "顺丰特快"])
      await chooseShipping(api, store, cartId, "顺丰特快")
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)

      const { data: result } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(result.type).toBe("order")
      const expected = tea.calculated_price.calculated_amount * 2 + rice.calculated_price.calculated_amount + 2 * 22
      expect(tea.calculated_price.calculated_amount).toBe(128)
      expect(result.order.total).toBe(expected)
      expect(result.order.currency_code).toBe("cny")

      const admin = await adminHeaders(api)
      const { data: fromAdmin } = await api.get(`/admin/orders/${result.order.id}?fields=*shipping_address,total`, admin)
      expect(fromAdmin.order.shipping_address).toMatchObject({ province: "陕西省", city: "安康市", address_2: "汉滨区", phone: "13800138000" })

      const { data: invoice } = await api.get(`/store/orders/${result.order.id}/invoice`, store)
      expect(invoice.invoice).toEqual(INVOICE)

      const notification = await eventually(async () => {
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-confirmation" })
        return sent.find((n) => n.resource_id === result.order.id)
      })
      expect(notification.to).toBe("buyer@example.com")
      expect(notification.data).toMatchObject({ display_id: result.order.display_id })
      // The e-mail carries the same totals view as the order page: the parts add up to the total charged.
      const totals = notification.data!.totals as { total_fen: number; shipping: { name: string; amount_fen: number }[] }
      expect(totals.total_fen).toBe(Math.round(expected * 100))
      expect(totals.shipping).toEqual([expect.objectContaining({ name: "顺丰特快", amount_fen: 2200 }), expect.objectContaining({ name: "顺丰特快", amount_fen: 2200 })])
    })

    it("refuses a quantity above stock with a 4xx and leaves the cart unchanged", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const carp = await variantOf("hanjiang-bighead-carp", regions.regions[0].id)
      const { data: created } = await api.post("/store/carts", { region_id: regions.regions[0].id }, store)
      await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: carp.id, quantity: 1 }, store)
      const failure = await expectFailure(api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: carp.id, quantity: 500 }, store))
      expect(failure.status).toBeGreaterThanOrEqual(400)
      expect(failure.status).toBeLessThan(500)
      expect(failure.data.message).toMatch(/inventory|stock/i)
      const { data: after } = await api.get(`/store/carts/${created.cart.id}`, store)
      expect(after.cart.items).toHaveLength(1)
      expect(after.cart.items[0].quantity).toBe(1)
    })

    it("refuses a mainland address with a bad phone or postal code, naming the field", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const failure = await expectFailure(
        api.post("/store/carts", { region_id: regions.regions[0].id, shipping_address: { ...ANKANG_ADDRESS, phone: "12345", postal_code: "72500" } }, store)
      )
      expect(failure.status).toBe(400)
      expect(failure.data.fields).toEqual(["shipping_address.phone", "shipping_address.postal_code"])
      expect(failure.data.message).toContain("mobile")
    })

    it("answers an unknown cart or order with 404, not 500", async () => {
      expect((await expectFailure(api.get("/store/carts/cart_does_not_exist", store))).status).toBe(404)
      const order = await expectFailure(api.get("/store/orders/order_does_not_exist/invoice", store))
      expect(order.status).toBe(404)
      expect(order.data.message).toContain("order_does_not_exist")
    })
  })

  describe("customer accounts", () => {
    it("sends a password reset link through the notification module", async () => {
      await api.post("/auth/customer/emailpass/register", { email: "reset@example.com", password: "old-password-1" })
      await api.post("/auth/customer/emailpass/reset-password", { identifier: "reset@example.com" })
      const notification = await eventually(async () => {
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "password-reset" })
        return sent.find((n) => n.to === "reset@example.com")
      })
      const url = new URL(String(notification.data?.url))
      expect(url.pathname).toBe("/zh-CN/account/reset-password")
      expect(url.searchParams.get("email")).toBe("reset@example.com")
      expect(url.searchParams.get("token")).toBeTruthy()
    })

    it("sends an enterprise account to the portal's reset page, in the locale asked in, and the token sets a new password", async () => {
      await applyForEnterprise(api, "portal-reset@example.com")
      await api.post("/auth/enterprise/emailpass/reset-password", { identifier: "portal-reset@example.com", metadata: { locale: "en" } })
      const notification = await eventually(async () => {
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "password-reset", resource_type: "enterprise" })
        return sent.find((n) => n.to === "portal-reset@example.com")
      })
      const url = new URL(String(notification.data?.url))
      expect(url.pathname).toBe("/en/portal/reset-password")
      const token = url.searchParams.get("token")!
      const fresh = "portal-new-password-1"
      await api.post("/auth/enterprise/emailpass/update", { email: "portal-reset@example.com", password: fresh }, { headers: { authorization: `Bearer ${token}` } })
      expect((await expectFailure(api.post("/auth/enterprise/emailpass", { email: "portal-reset@example.com", password: PORTAL_PASSWORD }))).status).toBe(401)
      const { data } = await api.post("/auth/enterprise/emailpass", { email: "portal-reset@example.com", password: fresh })
      expect(data.token).toBeTruthy()
      // A reset token works once.
      expect((await expectFailure(api.post("/auth/enterprise/emailpass/update", { email: "portal-reset@example.com", password: "third-password-1" }, { headers: { authorization: `Bearer ${token}` } }))).status).toBe(401)
    })
  })
})
