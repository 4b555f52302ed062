import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { approvedEnterprise, moveProductsToEnterprise } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A sells two teas, B konjac noodles; one order holds both parts.
const A_PRODUCTS = ["ziyang-maojian-green-tea", "lichuan-black-tea"]
const B_PRODUCT = "langao-konjac-noodles"

seededSuite("seleno_it_enterprise_shipping", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()

  async function placeOrder(): Promise<string> {
    const region = await regionId(api, store)
    const handles = [...A_PRODUCTS, B_PRODUCT]
    const items = await Promise.all(handles.map(async (handle) => ({ variant_id: await seededVariantId(api, store, handle), quantity: 1 })))
    const cartId = await readyCart(api, store, { regionId: region, items })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    return data.order.id
  }

  async function captureEntries(orderId: string) {
    return container().resolve<SettlementModuleService>(SETTLEMENT_MODULE).listSettlementEntries({ order_id: orderId, kind: "capture" })
  }

  async function medusaFulfilment(orderId: string, id: string) {
    const { data } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.labels.tracking_number"],
      filters: { id: orderId },
    })
    return (data[0]!.fulfillments as { id: string; shipped_at: Date | null; canceled_at: Date | null; labels: { tracking_number: string }[] }[]).find((f) => f.id === id)!
  }

  it("packs, cancels while packed, ships with a checked waybill, refuses to cancel what shipped, and corrects the waybill", async () => {
    const a = await approvedEnterprise(api, "a@shipping.example.com")
    const b = await approvedEnterprise(api, "b@shipping.example.com")
    await moveProductsToEnterprise(container(), A_PRODUCTS, a.enterpriseId)
    await moveProductsToEnterprise(container(), [B_PRODUCT], b.enterpriseId)
    const orderId = await placeOrder()
    const url = `/enterprise/orders/${orderId}/fulfillments`
    const { data: before } = await api.get(`/enterprise/orders/${orderId}`, a.headers)
    const tea1: string = before.order.items[0].id

    // Half a waybill is neither packing nor shipping.
    const half = await expectFailure(api.post(url, { carrier: "sf" }, a.headers))
    expect(half.status).toBe(400)
    expect(half.data.message).toMatch(/carrier and tracking_number go together/)

    // Pack one tea: a fulfilment without a waybill, no money taken.
    const { status: packed, data: pack } = await api.post(url, { items: [{ id: tea1, quantity: 1 }] }, a.headers)
    expect(packed).toBe(201)
    const packedId: string = pack.fulfillment.id
    expect(pack.fulfillment).toMatchObject({ shipped_at: null, tracking_number: null, carrier: null, items: [{ line_item_id: tea1, quantity: 1 }] })
    expect(pack.order.items.find((i: { id: string }) => i.id === tea1)).toMatchObject({ fulfilled_quantity: 1, shipped_quantity: 0, unfulfilled_quantity: 0 })
    expect(await captureEntries(orderId)).toHaveLength(0)

    // B cannot ship, cancel or correct A's parcel, and B's part does not show it.
    for (const move of ["ship", "tracking", "cancel"]) {
      const body = move === "cancel" ? {} : { carrier: "sf", tracking_number: "SF1234567890123" }
      expect((await expectFailure(api.post(`${url}/${packedId}/${move}`, body, b.headers))).status).toBe(404)
    }
    expect((await api.get(`/enterprise/orders/${orderId}`, b.headers)).data.order.fulfillments).toEqual([])
    expect((await expectFailure(api.post(`${url}/ful_nope/cancel`, {}, a.headers))).status).toBe(404)

    // A packed parcel has no waybill to correct yet.
    const early = await expectFailure(api.post(`${url}/${packedId}/tracking`, { carrier: "sf", tracking_number: "SF1234567890123" }, a.headers))
    expect(early.status).toBe(400)
    expect(early.data).toMatchObject({ code: "fulfillment_not_shipped", params: { fulfillment_id: packedId } })

    // Cancelled while packed: the tea is open again, and Medusa marks the fulfilment cancelled.
    const { data: unpacked } = await api.post(`${url}/${packedId}/cancel`, {}, a.headers)
    expect(unpacked.order.fulfillments).toEqual([])
    expect(unpacked.order.items.find((i: { id: string }) => i.id === tea1)).toMatchObject({ fulfilled_quantity: 0, unfulfilled_quantity: 1 })
    expect((await medusaFulfilment(orderId, packedId)).canceled_at).not.toBeNull()
    expect((await expectFailure(api.post(`${url}/${packedId}/ship`, { carrier: "sf", tracking_number: "SF1234567890123" }, a.headers))).status).toBe(404)

    // Pack both teas again and ship: the waybill is checked against the carrier, as typed.
    const shipmentId: string = (await api.post(url, {}, a.headers)).data.fulfillment.id
    const bad = await expectFailure(api.post(`${url}/${shipmentId}/ship`, { carrier: "sf", tracking_number: "SF-12 34" }, a.headers))
    expect(bad.status).toBe(400)
    expect(bad.data).toMatchObject({ code: "tracking_number_format", params: { carrier: "sf" } })
    expect((await medusaFulfilment(orderId, shipmentId)).shipped_at).toBeNull()
    const { status: shipped, data: ship } = await api.post(`${url}/${shipmentId}/ship`, { carrier: "sf", tracking_number: " SF1234567890123 " }, a.headers)
    expect(shipped).toBe(200)
    expect(ship.fulfillment).toMatchObject({ id: shipmentId, carrier: { code: "sf" }, tracking_number: "SF1234567890123" })
    expect(ship.fulfillment.shipped_at).not.toBeNull()
    expect(ship.order.fulfillment_status).toBe("shipped")
    expect(ship.order.items.map((i: { shipped_quantity: number }) => i.shipped_quantity)).toEqual([1, 1])
    // Shipping is when the part is captured: one ledger entry for this fulfilment, both teas in it.
    const entries = await captureEntries(orderId)
    expect(entries.map((e) => [e.fulfillment_id, e.enterprise_id, e.items_fen])).toEqual([[shipmentId, a.enterpriseId, 26600]])

    // Shipped: Medusa would refuse the cancel; we say why, with a code. Shipping twice is refused too.
    const late = await expectFailure(api.post(`${url}/${shipmentId}/cancel`, {}, a.headers))
    expect(late.status).toBe(400)
    expect(late.data).toMatchObject({ code: "fulfillment_already_shipped", params: { fulfillment_id: shipmentId } })
    const twice = await expectFailure(api.post(`${url}/${shipmentId}/ship`, { carrier: "sf", tracking_number: "SF1234567890123" }, a.headers))
    expect(twice.data).toMatchObject({ code: "fulfillment_already_shipped" })
    expect((await medusaFulfilment(orderId, shipmentId)).canceled_at).toBeNull()
    expect(await captureEntries(orderId)).toHaveLength(1)

    // The waybill was mistyped: the correction is checked by the same rule, then replaces the label.
    const wrong = await expectFailure(api.post(`${url}/${shipmentId}/tracking`, { carrier: "jd", tracking_number: "SF1234567890124" }, a.headers))
    expect(wrong.data).toMatchObject({ code: "tracking_number_format", params: { carrier: "jd" } })
    const { data: corrected } = await api.post(`${url}/${shipmentId}/tracking`, { carrier: "jd", tracking_number: "JDVA00012345678" }, a.headers)
    expect(corrected.fulfillment).toMatchObject({ id: shipmentId, carrier: { code: "jd", name: { zh: "京东物流" } }, tracking_number: "JDVA00012345678", tracking_url: "https://www.jdl.com/" })
    expect((await medusaFulfilment(orderId, shipmentId)).labels.map((l) => l.tracking_number)).toEqual(["JDVA00012345678"])
    const { data: again } = await api.get(`/enterprise/orders/${orderId}`, a.headers)
    expect(again.order.fulfillments.map((f: { tracking_number: string }) => f.tracking_number)).toEqual(["JDVA00012345678"])

    // The shopper's order page shows the corrected number, and B's part is still waiting.
    const { data: parts } = await api.get(`/store/orders/${orderId}/parts`, store)
    const byEnterprise = new Map(parts.parts.map((p: { enterprise: { id: string } }) => [p.enterprise.id, p]))
    const partA = byEnterprise.get(a.enterpriseId) as { status: string; shipments: { carrier: { code: string }; tracking_number: string }[] }
    expect(partA.status).toBe("shipped")
    expect(partA.shipments.map((s) => [s.carrier.code, s.tracking_number])).toEqual([["jd", "JDVA00012345678"]])
    expect(byEnterprise.get(b.enterpriseId)).toMatchObject({ status: "not_fulfilled", shipments: [] })
    expect(await captureEntries(orderId)).toHaveLength(1)
  })
})
