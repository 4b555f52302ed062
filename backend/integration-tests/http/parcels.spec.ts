import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CartParcelView } from "@seleno/domain"
import { productHandling } from "../../src/lib/product-handling"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { cartParcels, regionId, seededVariantId } from "../utils/checkout"
import { approvedEnterprise } from "../utils/enterprise"
import { ANKANG_ADDRESS, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const GUANGZHOU_ADDRESS = { ...ANKANG_ADDRESS, province: "广东省", city: "广州市", address_2: "天河区", address_1: "天河路 100 号 2 楼", postal_code: "510000" }

seededSuite("seleno_it_parcels", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()
  const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

  async function cart(items: { handle: string; quantity: number }[], address = ANKANG_ADDRESS): Promise<string> {
    const region = await regionId(api, store)
    const lines = await Promise.all(items.map(async (i) => ({ variant_id: await seededVariantId(api, store, i.handle), quantity: i.quantity })))
    const { data } = await api.post(
      "/store/carts",
      { region_id: region, email: "parcel@example.com", shipping_address: address, billing_address: address, items: lines },
      store
    )
    return data.cart.id
  }

  const option = (parcel: CartParcelView | undefined, name: string) => {
    const found = parcel?.options.find((o) => o.name === name)
    if (!found) throw new Error(`no ${name} in ${JSON.stringify(parcel)}`)
    return found
  }

  /** The enterprise owning a seeded product, by the product's handle. */
  async function enterpriseOf(handle: string): Promise<{ id: string; name: string }> {
    const { data } = await query().graph({ entity: "product", fields: ["enterprise.id", "enterprise.name"], filters: { handle } })
    return data[0]!.enterprise as { id: string; name: string }
  }

  /** Shipping options of the parcels (profiles) of `enterpriseId`, read through Query. */
  async function optionsOfEnterprise(enterpriseId: string): Promise<{ id: string; name: string; shipping_profile: { type: string } }[]> {
    const { data } = await query().graph({ entity: "enterprise", fields: ["shipping_profiles.id"], filters: { id: enterpriseId } })
    const profileIds = ((data[0] as { shipping_profiles?: { id: string }[] }).shipping_profiles ?? []).map((p) => p.id)
    const options = await container().resolve(Modules.FULFILLMENT).listShippingOptions({ shipping_profile_id: profileIds }, { relations: ["shipping_profile"] })
    return options as never
  }

  it("lists one parcel per enterprise and completes with a shipping method for each, the fees adding up", async () => {
    const tea = await enterpriseOf("ziyang-maojian-green-tea")
    const konjac = await enterpriseOf("langao-konjac-noodles")
    const cartId = await cart([
      { handle: "ziyang-maojian-green-tea", quantity: 1 },
      { handle: "langao-konjac-noodles", quantity: 2 },
    ])
    const parcels = await cartParcels(api, store, cartId)
    expect(parcels).toHaveLength(2)
    const teaParcel = parcels.find((p) => p.enterprise?.id === tea.id)
    const konjacParcel = parcels.find((p) => p.enterprise?.id === konjac.id)
    expect(teaParcel).toMatchObject({ enterprise: { name: tea.name }, temperature_class: "ambient", items: [expect.objectContaining({ quantity: 1 })], selected_option_id: null })
    expect(teaParcel!.options).toEqual([
      { id: expect.any(String), name: "标准快递", amount: 10, delivery: { min_days: 3, max_days: 5 } },
      { id: expect.any(String), name: "顺丰特快", amount: 22, delivery: { min_days: 1, max_days: 2 } },
    ])
    expect(konjacParcel!.items).toEqual([expect.objectContaining({ quantity: 2 })])
    // The two parcels' options are their own: no option id is shared.
    expect(teaParcel!.options.map((o) => o.id)).not.toContain(konjacParcel!.options[0]!.id)

    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option(teaParcel, "标准快递").id }, store)
    const { data: withBoth } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option(konjacParcel, "顺丰特快").id }, store)
    // Adding the second parcel's method keeps the first (one method per profile).
    expect(withBoth.cart.shipping_methods).toHaveLength(2)
    expect(withBoth.cart.shipping_total).toBe(32)
    const chosen = await cartParcels(api, store, cartId)
    expect(chosen.find((p) => p.enterprise?.id === tea.id)!.selected_option_id).toBe(option(teaParcel, "标准快递").id)

    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(done.type).toBe("order")
    const order = done.order
    expect(order.shipping_methods.map((m: { amount: number }) => m.amount).sort((a: number, b: number) => a - b)).toEqual([10, 22])
    expect(order.shipping_total).toBe(32)
    expect(order.total).toBe(order.item_total + 32)

    // Each enterprise ships its part from its own base, not from the shared warehouse.
    for (const [email, enterprise] of [[DEMO_PORTAL.owners[0]!.email, tea], [DEMO_PORTAL.owners[1]!.email, konjac]] as const) {
      const { data: auth } = await api.post("/auth/enterprise/emailpass", { email, password: DEMO_PORTAL.password })
      const headers = { headers: { authorization: `Bearer ${auth.token}` } }
      await api.post(`/enterprise/orders/${order.id}/fulfillments`, { carrier: "sf", tracking_number: "SF1234567890123" }, headers)
      const { data: locations } = await query().graph({ entity: "enterprise", fields: ["stock_locations.id", "stock_locations.name"], filters: { id: enterprise.id } })
      const own = (locations[0] as { stock_locations: { id: string; name: string }[] }).stock_locations[0]!
      expect(own.name).toContain(enterprise.name)
      const { data: rows } = await query().graph({ entity: "order", fields: ["fulfillments.location_id", "fulfillments.metadata"], filters: { id: order.id } })
      const mine = (rows[0] as { fulfillments: { location_id: string; metadata: { enterprise_id: string } }[] }).fulfillments.find((f) => f.metadata.enterprise_id === enterprise.id)
      expect(mine?.location_id).toBe(own.id)
    }
  })

  it("sends chilled pork only by cold chain: no ambient option is offered, and one posted anyway is refused", async () => {
    const hanbin = await enterpriseOf("ankang-forest-pork")
    const cartId = await cart([{ handle: "ankang-forest-pork", quantity: 1 }])
    const [parcel, ...others] = await cartParcels(api, store, cartId)
    expect(others).toEqual([])
    expect(parcel).toMatchObject({ enterprise: { id: hanbin.id }, temperature_class: "chilled" })
    expect(parcel!.options).toEqual([{ id: expect.any(String), name: "顺丰冷链", amount: 30, delivery: { min_days: 1, max_days: 2 } }])

    // The same enterprise's ambient parcel (its teas) and another enterprise's option: both refused, nothing added.
    const ambient = (await optionsOfEnterprise(hanbin.id)).find((o) => o.shipping_profile.type === "ambient")!
    const other = (await optionsOfEnterprise((await enterpriseOf("ziyang-maojian-green-tea")).id))[0]!
    for (const optionId of [ambient.id, other.id]) {
      const refused = await expectFailure(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store))
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ code: "shipping_option_not_for_parcel", message: expect.stringContaining("another parcel") })
    }
    const { data } = await api.get(`/store/carts/${cartId}`, store)
    expect(data.cart.shipping_methods).toEqual([])
    expect((await productHandling(container(), [(await container().resolve(Modules.PRODUCT).listProducts({ handle: "ankang-forest-pork" }))[0]!.id])).values().next().value).toEqual({
      temperature_class: "chilled",
      perishable: true,
    })
  })

  it("offers no cold chain outside the provinces it reaches, and refuses its option there", async () => {
    const near = await cartParcels(api, store, await cart([{ handle: "ankang-forest-pork", quantity: 1 }]))
    const coldChain = option(near[0], "顺丰冷链")
    const farCart = await cart([{ handle: "ankang-forest-pork", quantity: 1 }], GUANGZHOU_ADDRESS)
    const [far] = await cartParcels(api, store, farCart)
    expect(far).toMatchObject({ temperature_class: "chilled", options: [] })
    expect((await expectFailure(api.post(`/store/carts/${farCart}/shipping-methods`, { option_id: coldChain.id }, store))).status).toBe(400)
    // Ambient goods of the same enterprise still go to Guangzhou.
    const [tea] = await cartParcels(api, store, await cart([{ handle: "ankang-selenium-black-tea", quantity: 1 }], GUANGZHOU_ADDRESS))
    expect(tea!.options.map((o) => o.name)).toEqual(["标准快递", "顺丰特快"])
  })

  it("puts a portal-created product in its enterprise's parcel for the class it chose", async () => {
    const { enterpriseId, headers, admin } = await approvedEnterprise(api, "cold@parcels.example.com", { brandHandle: "ankang-forest-pork", categoryHandles: ["pork"] })
    const { data: brands } = await api.get("/admin/brands?handle=ankang-forest-pork", admin)
    const brand = (brands.brands as { id: string; handle: string }[]).find((b) => b.handle === "ankang-forest-pork")!.id
    const body = (title: string) => ({ title, brand_id: brand, categories: ["pork"], variants: [{ title: "1千克", price: 88, stock: 5 }] })
    const { data: chilled } = await api.post("/enterprise/products", { ...body("林下黑猪肉（鲜）"), temperature_class: "chilled" }, headers)
    const { data: ambient } = await api.post("/enterprise/products", body("林下猪肉香肠"), headers)
    const { data } = await query().graph({
      entity: "product",
      fields: ["id", "shipping_profile.id", "shipping_profile.type", "variants.inventory_items.inventory.location_levels.location_id"],
      filters: { id: [chilled.product.id, ambient.product.id] },
    })
    const { data: own } = await query().graph({ entity: "enterprise", fields: ["shipping_profiles.id", "stock_locations.id"], filters: { id: enterpriseId } })
    const mine = own[0] as { shipping_profiles: { id: string }[]; stock_locations: { id: string }[] }
    const rows = data as { id: string; shipping_profile: { id: string; type: string }; variants: { inventory_items: { inventory: { location_levels: { location_id: string }[] } }[] }[] }[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    expect(byId.get(chilled.product.id)!.shipping_profile.type).toBe("chilled")
    expect(byId.get(ambient.product.id)!.shipping_profile.type).toBe("ambient")
    for (const row of rows) {
      expect(mine.shipping_profiles.map((p) => p.id)).toContain(row.shipping_profile.id)
      expect(row.variants[0]!.inventory_items[0]!.inventory.location_levels.map((l) => l.location_id)).toEqual([mine.stock_locations[0]!.id])
    }
    const handling = await productHandling(container(), [chilled.product.id, ambient.product.id])
    expect(handling.get(chilled.product.id)).toEqual({ temperature_class: "chilled", perishable: true })
    expect(handling.get(ambient.product.id)).toEqual({ temperature_class: "ambient", perishable: false })

    const refused = await expectFailure(api.post("/enterprise/products", { ...body("冻肉"), temperature_class: "warm" }, headers))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("temperature_class must be one of ambient, chilled, frozen")
  })
})
