import { buildTotalsView, fenOf, pageOfListing, PRODUCT_SORTS, TOTALS_FIELDS, totalsMismatch, type MedusaTotalsSource } from "@seleno/domain"
import { regionId, seededVariantId, chooseShipping } from "../utils/checkout"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { approvedEnterprise } from "../utils/enterprise"
import { ANKANG_ADDRESS, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// XBH2026 takes 10% off Ankang tea and konjac; selenium water is not covered.
const CODE = "XBH2026"
const CART_FIELDS = TOTALS_FIELDS.map((f) => `+${f}`).join(",")
const ORDER_FIELDS = ["id", ...TOTALS_FIELDS].join(",")

seededSuite("seleno_it_price_truth", ({ api, getContainer, store }) => {
  /**
   * A cart ready to complete with the code applied before the payment session, as the storefront
   * does it (a session opened first would be for the total without the code).
   */
  async function cartWithCode(): Promise<string> {
    const region = await regionId(api, store)
    const items = [
      { variant_id: await seededVariantId(api, store, "pingli-nvwa-tea"), quantity: 2 },
      { variant_id: await seededVariantId(api, store, "ankang-konjac-rice"), quantity: 3 },
      { variant_id: await seededVariantId(api, store, "ankang-selenium-water"), quantity: 1 },
    ]
    const { data } = await api.post(
      "/store/carts",
      { region_id: region, email: "price-truth@example.com", shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS, items },
      store
    )
    const cartId: string = data.cart.id
    await chooseShipping(api, store, cartId)
    await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [CODE] }, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    return cartId
  }

  describe("one totals view", () => {
    it("names the code, lists the parcel's shipping and adds up to the cart's total to the fen", async () => {
      const cartId = await cartWithCode()
      const { data } = await api.get(`/store/carts/${cartId}?fields=${CART_FIELDS}`, store)
      const cart = data.cart
      const view = buildTotalsView(cart as MedusaTotalsSource)

      expect(totalsMismatch(view)).toBeNull()
      expect(view.total_fen).toBe(fenOf(cart.total))
      // The listed prices: unit price × quantity, tax included, before the code.
      for (const line of view.items) {
        const item = cart.items.find((i: { id: string }) => i.id === line.id)
        expect(line.original_fen).toBe(fenOf(item.unit_price) * item.quantity)
        expect(line.paid_fen).toBe(fenOf(item.total))
      }
      // One discount, by its code, equal to Medusa's discount total (to the fen).
      expect(view.discounts).toHaveLength(1)
      expect(view.discounts[0]!.code).toBe(CODE)
      expect(Math.abs(view.discounts[0]!.amount_fen - fenOf(cart.discount_total))).toBeLessThanOrEqual(1)
      expect(view.discount_fen).toBeGreaterThan(0)
      // Water is not covered by the code: its line pays its listed price.
      const water = view.items.find((l) => cart.items.find((i: { id: string; product_handle?: string }) => i.id === l.id)?.product_handle === "ankang-selenium-water")
      if (water) expect(water.paid_fen).toBe(water.original_fen)
      // Shipping per parcel, at the method's amount; VAT is included, not added.
      expect(view.shipping).toEqual(cart.shipping_methods.map((m: { id: string; name: string; amount: number }) => ({ id: m.id, name: m.name, amount_fen: fenOf(m.amount) })))
      expect(view.shipping_fen).toBe(fenOf(cart.shipping_total))
      expect(view.tax_included_fen).toBe(fenOf(cart.tax_total))
      expect(view.items_fen - view.discount_fen + view.shipping_fen).toBe(fenOf(cart.total))
    })

    it("shows the placed order exactly as the cart was, and the payment is for that total", async () => {
      const cartId = await cartWithCode()
      const { data: before } = await api.get(`/store/carts/${cartId}?fields=${CART_FIELDS}`, store)
      const cartView = buildTotalsView(before.cart as MedusaTotalsSource)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e: { response?: { data?: unknown } }) => {
        throw new Error(`completing the cart failed: ${JSON.stringify(e.response?.data)}`)
      })
      expect(completed.type).toBe("order")
      const { data } = await api.get(`/store/orders/${completed.order.id}?fields=${ORDER_FIELDS}`, store)
      const orderView = buildTotalsView(data.order as MedusaTotalsSource)
      // Each line's adjustments come with their code (the discount is named by it).
      expect(data.order.items.flatMap((i: { adjustments?: { code?: string }[] }) => (i.adjustments ?? []).map((a) => a.code))).toContain(CODE)

      expect(totalsMismatch(orderView)).toBeNull()
      expect(orderView.total_fen).toBe(fenOf(data.order.total))
      const summary = (v: typeof cartView) => ({
        items: v.items.map((l) => [l.title, l.quantity, l.original_fen, l.paid_fen]).sort(),
        discounts: v.discounts,
        shipping: v.shipping.map((s) => [s.name, s.amount_fen]),
        tax: v.tax_included_fen,
        total: v.total_fen,
      })
      expect(summary(orderView)).toEqual(summary(cartView))
      // What the payment collection asked for is the total shown.
      const { data: paid } = await api.get(`/store/carts/${cartId}?fields=+payment_collection.amount`, store)
      expect(fenOf(paid.cart.payment_collection.amount)).toBe(cartView.total_fen)
    })
  })

  describe("an enterprise's part", () => {
    it("shows the enterprise its own lines, the code on them, and a part total that adds up", async () => {
      const a = await approvedEnterprise(api, "a@price-truth.example.com")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const [tea] = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: "pingli-nvwa-tea" }, { select: ["id"] })
      const { data: old } = await query.graph({ entity: "product", fields: ["id", "enterprise.id"], filters: { id: tea!.id } })
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      if (old[0]?.enterprise) await link.dismiss({ [Modules.PRODUCT]: { product_id: tea!.id }, enterprise: { enterprise_id: old[0].enterprise.id } })
      await link.create({ [Modules.PRODUCT]: { product_id: tea!.id }, enterprise: { enterprise_id: a.enterpriseId } })

      const cartId = await cartWithCode()
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const { data: full } = await api.get(`/store/orders/${completed.order.id}?fields=${ORDER_FIELDS},items.product_handle`, store)
      const teaLine = full.order.items.find((i: { product_handle: string }) => i.product_handle === "pingli-nvwa-tea")

      const { data } = await api.get(`/enterprise/orders/${completed.order.id}`, a.headers)
      const totals = data.order.totals
      expect(totals.items.map((l: { id: string }) => l.id)).toEqual([teaLine.id])
      expect(totals.items_fen).toBe(fenOf(teaLine.unit_price) * teaLine.quantity)
      expect(totals.total_fen).toBe(fenOf(teaLine.total))
      expect(totals.discounts).toEqual([expect.objectContaining({ code: CODE })])
      expect(totalsMismatch(totals)).toBeNull()
    })
  })

  describe("stable listings", () => {
    const SORT_FIELDS = "id,title,created_at,*variants.calculated_price"

    it("shows every product exactly once across the pages of every sort, though creation times tie", async () => {
      const region = await regionId(api, store)
      const { data } = await api.get(`/store/products?limit=1000&region_id=${region}&fields=${SORT_FIELDS}`, store)
      const products = data.products as { id: string; title: string; created_at: string; variants: { calculated_price?: { calculated_amount?: number } }[] }[]
      expect(products.length).toBe(data.count)
      // The seed creates products in batches: several share one creation time (the bug's cause).
      expect(new Set(products.map((p) => p.created_at)).size).toBeLessThan(products.length)
      const entries = products.map((p) => ({
        id: p.id,
        title: p.title,
        created_at: p.created_at,
        price: Math.min(...p.variants.map((v) => v.calculated_price?.calculated_amount ?? Infinity)),
      }))
      for (const sort of PRODUCT_SORTS) {
        for (const size of [5, 12]) {
          const seen: string[] = []
          const { pages } = pageOfListing(entries, sort, 1, size)
          for (let page = 1; page <= pages; page++) seen.push(...pageOfListing(entries, sort, page, size).entries.map((e) => e.id))
          expect(seen.length).toBe(products.length)
          expect(new Set(seen).size).toBe(products.length)
        }
      }
    })
  })

  describe("bad invoice requests on the cart", () => {
    it("refuses a wrong type or an invalid taxpayer id with a 400 that names the field, and stores a valid one checked", async () => {
      const region = await regionId(api, store)
      const { data } = await api.post("/store/carts", { region_id: region }, store)
      const cartId = data.cart.id
      const wrongType = await expectFailure(api.post(`/store/carts/${cartId}`, { metadata: { invoice: { type: "vat", title: "张伟" } } }, store))
      expect(wrongType.status).toBe(400)
      expect(wrongType.data).toMatchObject({ code: "invoice_type", fields: ["metadata.invoice.type"] })
      const badId = await expectFailure(
        api.post(`/store/carts/${cartId}`, { metadata: { invoice: { type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3K" } } }, store)
      )
      expect(badId.status).toBe(400)
      expect(badId.data).toMatchObject({ code: "invoice_taxpayer_id", fields: ["metadata.invoice.taxpayer_id"] })
      const { data: unchanged } = await api.get(`/store/carts/${cartId}?fields=+metadata`, store)
      expect(unchanged.cart.metadata?.invoice).toBeUndefined()

      await api.post(`/store/carts/${cartId}`, { metadata: { invoice: { type: "personal", title: " 张伟 ", taxpayer_id: "x" } } }, store)
      const { data: personal } = await api.get(`/store/carts/${cartId}?fields=+metadata`, store)
      expect(personal.cart.metadata.invoice).toEqual({ type: "personal", title: "张伟", taxpayer_id: null })
    })
  })
})
