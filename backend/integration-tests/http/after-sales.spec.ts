import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { AFTER_SALES_MODULE } from "../../src/modules/after-sales"
import type AfterSalesModuleService from "../../src/modules/after-sales/service"
import deliveryAutoConfirmJob from "../../src/jobs/delivery-auto-confirm"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { signedInCustomer, type Headers } from "../utils/customer"
import { approvedEnterprise, moveProductsToEnterprise } from "../utils/enterprise"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A sells teas (¥128 + ¥138), B konjac noodles (¥39 each); one order holds both parts.
const A_PRODUCTS = ["ziyang-maojian-green-tea", "lichuan-black-tea"]
const B_PRODUCT = "langao-konjac-noodles"
const DAY_MS = 24 * 60 * 60 * 1000
const PAYMENT_FIELDS = "id,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds,*returns,*returns.items"

type Part = { enterpriseId: string; headers: Headers }

seededSuite("seleno_it_after_sales", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()
  const afterSales = () => container().resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)


  async function placeOrder(shopper: Headers, items: { handle: string; quantity: number }[]): Promise<string> {
    const region = await regionId(api, store)
    const lines = await Promise.all(items.map(async (i) => ({ variant_id: await seededVariantId(api, store, i.handle), quantity: i.quantity })))
    const cartId = await readyCart(api, shopper, { regionId: region, items: lines, email: "shopper@example.com" })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper)
    expect(data.type).toBe("order")
    return data.order.id
  }

  async function orderWithPayment(orderId: string) {
    return (await api.get(`/admin/orders/${orderId}?fields=${PAYMENT_FIELDS}`, await adminHeaders(api))).data.order
  }

  /** Ships the part through the portal; captures the payment unless shipping already did (settlement captures on shipment). */
  async function shipAndCapture(orderId: string, part: Part, tracking: string) {
    const { status } = await api.post(`/enterprise/orders/${orderId}/fulfillments`, { carrier: "sf", tracking_number: tracking }, part.headers)
    expect(status).toBe(201)
    const order = await orderWithPayment(orderId)
    const payment = order.payment_collections[0].payments[0]
    if (!payment.captures?.length) await api.post(`/admin/payments/${payment.id}/capture`, {}, await adminHeaders(api))
    return payment.id as string
  }

  async function itemsOf(orderId: string, part: Part): Promise<{ id: string; quantity: number; total: number }[]> {
    return (await api.get(`/enterprise/orders/${orderId}`, part.headers)).data.order.items
  }

  async function setup() {
    const a = await approvedEnterprise(api, "a@after-sales.example.com")
    const b = await approvedEnterprise(api, "b@after-sales.example.com")
    await moveProductsToEnterprise(container(), A_PRODUCTS, a.enterpriseId)
    await moveProductsToEnterprise(container(), [B_PRODUCT], b.enterpriseId)
    const shopper = await signedInCustomer(api, store, "shopper@example.com")
    const orderId = await placeOrder(shopper, [
      { handle: A_PRODUCTS[0]!, quantity: 2 },
      { handle: A_PRODUCTS[1]!, quantity: 1 },
      { handle: B_PRODUCT, quantity: 2 },
    ])
    return { a, b, shopper, orderId }
  }

  const url = (orderId: string) => `/store/orders/${orderId}/after-sales`

  it("runs a no-reason return from request to refund through Medusa's return and the payment provider; others cannot see or act", async () => {
    const { a, b, shopper, orderId } = await setup()
    // The two teas of one line (items come back in no set order).
    const tea = (await itemsOf(orderId, a)).find((i) => i.quantity === 2)
    const ask = { enterprise_id: a.enterpriseId, kind: "return_refund", reason: "no_reason", note: "不想要了", items: [{ item_id: tea!.id, quantity: 1 }] }

    // Not shipped, not delivered: nothing to confirm, nothing to return.
    const early = await expectFailure(api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: a.enterpriseId }, shopper))
    expect(early.status).toBe(400)
    expect(early.data.code).toBe("part_not_shipped")
    const paymentId = await shipAndCapture(orderId, a, "SF1234567890123")
    const undelivered = await expectFailure(api.post(url(orderId), ask, shopper))
    expect(undelivered.data).toMatchObject({ code: "not_delivered" })

    // The shopper confirms receipt once.
    const confirmed = await api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: a.enterpriseId }, shopper)
    expect(confirmed.status).toBe(201)
    expect(confirmed.data.delivery).toMatchObject({ order_id: orderId, enterprise_id: a.enterpriseId, confirmed_by: "customer" })
    expect((await expectFailure(api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: a.enterpriseId }, shopper))).data.code).toBe("already_delivered")

    // Another shopper, and nobody signed in, cannot ask or look.
    const stranger = await signedInCustomer(api, store, "stranger@example.com")
    expect((await expectFailure(api.post(url(orderId), ask, stranger))).status).toBe(404)
    expect((await expectFailure(api.get(url(orderId), stranger))).status).toBe(404)
    expect((await expectFailure(api.post(url(orderId), ask, store))).status).toBe(401)
    expect((await expectFailure(api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: b.enterpriseId }, stranger))).status).toBe(404)

    // Bad input is refused with a code, and nothing is stored.
    const tooMany = await expectFailure(api.post(url(orderId), { ...ask, items: [{ item_id: tea!.id, quantity: 3 }] }, shopper))
    expect(tooMany.data).toMatchObject({ code: "quantity_exceeds" })
    const badReason = await expectFailure(api.post(url(orderId), { ...ask, reason: "bored" }, shopper))
    expect(badReason.data).toMatchObject({ code: "reason_invalid" })
    const mismatch = await expectFailure(api.post(url(orderId), { ...ask, kind: "quality_claim" }, shopper))
    expect(mismatch.data).toMatchObject({ code: "reason_kind_mismatch" })
    const notAnImage = new FormData()
    for (const [k, v] of Object.entries({ ...ask, items: JSON.stringify(ask.items) })) notAnImage.append(k, String(v))
    notAnImage.append("photos", new Blob([new Uint8Array(Buffer.from("%PDF-1.4 not a photo"))], { type: "image/png" }), "x.png")
    expect((await expectFailure(api.post(url(orderId), notAnImage, shopper))).data).toMatchObject({ code: "photo_not_image" })
    expect(await afterSales().listAfterSalesRequests({})).toHaveLength(0)

    // A real request, with a photo (multipart).
    const form = new FormData()
    for (const [k, v] of Object.entries({ ...ask, items: JSON.stringify(ask.items) })) form.append(k, String(v))
    form.append("photos", new Blob([new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"))], { type: "image/png" }), "box.png")
    const { status, data } = await api.post(url(orderId), form, shopper)
    expect(status).toBe(201)
    const request = data.after_sales_request
    // One of two teas bought together: half the line, to the fen.
    expect(request).toMatchObject({ status: "requested", kind: "return_refund", photo_count: 1, refund_fen: Math.round((tea!.total * 100) / 2) })

    // The same unit again (two asked, one is held by the open request): refused, still one request.
    const again = await expectFailure(api.post(url(orderId), { ...ask, items: [{ item_id: tea!.id, quantity: 2 }] }, shopper))
    expect(again.status).toBe(400)
    expect(again.data.code).toBe("open_request_exists")
    expect(await afterSales().listAfterSalesRequests({})).toHaveLength(1)

    // B does not see A's request, cannot approve it; A sees it and its photo.
    expect((await api.get("/enterprise/after-sales", b.headers)).data.after_sales_requests).toEqual([])
    expect((await expectFailure(api.get(`/enterprise/after-sales/${request.id}`, b.headers))).status).toBe(404)
    expect((await expectFailure(api.post(`/enterprise/after-sales/${request.id}/approve`, {}, b.headers))).status).toBe(404)
    expect((await expectFailure(api.post(`/enterprise/after-sales/${request.id}/refuse`, { reason: "不行" }, b.headers))).status).toBe(404)
    expect((await expectFailure(api.get(`/enterprise/after-sales/${request.id}/photos/0`, b.headers))).status).toBe(404)
    const { data: listA } = await api.get("/enterprise/after-sales", a.headers)
    expect(listA.after_sales_requests.map((r: { id: string }) => r.id)).toEqual([request.id])
    const photo = await api.get(`/enterprise/after-sales/${request.id}/photos/0`, { ...a.headers, responseType: "arraybuffer" })
    expect(photo.status).toBe(200)

    // Receiving before approval is refused.
    expect((await expectFailure(api.post(`/enterprise/after-sales/${request.id}/receive`, {}, a.headers))).data.code).toBe("status_not_approved")

    // A approves: Medusa's return is requested for that unit; no money moves yet.
    const approved = await api.post(`/enterprise/after-sales/${request.id}/approve`, {}, a.headers)
    expect(approved.data.after_sales_request).toMatchObject({ status: "approved" })
    const returnId = approved.data.after_sales_request.return_id
    let order = await orderWithPayment(orderId)
    expect(order.returns.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([[returnId, "requested"]])
    expect(order.returns[0].items.map((i: { item_id: string; quantity: number }) => [i.item_id, i.quantity])).toEqual([[tea!.id, 1]])
    expect(order.payment_collections[0].payments[0].refunds ?? []).toEqual([])
    expect((await expectFailure(api.post(`/enterprise/after-sales/${request.id}/approve`, {}, a.headers))).data.code).toBe("status_not_requested")

    // A has the goods back: the return is received and the refund reaches the provider.
    const received = await api.post(`/enterprise/after-sales/${request.id}/receive`, {}, a.headers)
    expect(received.data.after_sales_request).toMatchObject({ status: "refunded", refund_fen: request.refund_fen })
    order = await orderWithPayment(orderId)
    expect(order.returns[0].status).toBe("received")
    const payment = order.payment_collections[0].payments.find((p: { id: string }) => p.id === paymentId)
    expect(payment.refunds.map((r: { amount: number }) => Math.round(r.amount * 100))).toEqual([request.refund_fen])
    // Only A's part is captured (B has not shipped). Medusa 2.21 labels such a payment "refunded"
    // after any refund (aggregate-status counts a partial capture and a partial refund as one half
    // each), so the amounts are asserted: the collection holds A's capture less exactly the tea.
    const collection = order.payment_collections[0]
    expect(Number(collection.captured_amount)).toBeLessThan(Number(collection.amount))
    expect(Math.round(Number(collection.refunded_amount) * 100)).toBe(request.refund_fen)

    // The shopper sees each status and the delivery.
    const { data: mine } = await api.get(url(orderId), shopper)
    expect(mine.after_sales_requests).toHaveLength(1)
    expect(mine.after_sales_requests[0]).toMatchObject({ id: request.id, status: "refunded" })
    expect(mine.deliveries).toEqual([expect.objectContaining({ enterprise_id: a.enterpriseId, confirmed_by: "customer" })])

    // The second tea comes back too; together the refunds are the whole line, to the fen.
    const second = await api.post(url(orderId), { ...ask, items: [{ item_id: tea!.id, quantity: 1 }] }, shopper)
    await api.post(`/enterprise/after-sales/${second.data.after_sales_request.id}/approve`, {}, a.headers)
    const done = await api.post(`/enterprise/after-sales/${second.data.after_sales_request.id}/receive`, {}, a.headers)
    expect(done.data.after_sales_request.refund_fen + request.refund_fen).toBe(Math.round(tea!.total * 100))
    // Nothing of that line is left to return.
    expect((await expectFailure(api.post(url(orderId), ask, shopper))).data.code).toBe("quantity_exceeds")
  })

  it("lets the shopper withdraw a request the enterprise has not decided, and ask again; not once decided, not anyone else's", async () => {
    const { a, shopper, orderId } = await setup()
    await shipAndCapture(orderId, a, "SF2000000001123")
    await api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: a.enterpriseId }, shopper)
    const tea = (await itemsOf(orderId, a)).find((i) => i.quantity === 2)!
    const ask = { enterprise_id: a.enterpriseId, kind: "return_refund", reason: "no_reason", items: [{ item_id: tea.id, quantity: 2 }] }
    const withdraw = (id: string) => `${url(orderId)}/${id}/withdraw`
    const first = (await api.post(url(orderId), ask, shopper)).data.after_sales_request

    const stranger = await signedInCustomer(api, store, "withdraw-stranger@example.com")
    expect((await expectFailure(api.post(withdraw(first.id), {}, stranger))).status).toBe(404)
    expect((await expectFailure(api.post(withdraw(first.id), {}, store))).status).toBe(401)
    expect((await afterSales().retrieveAfterSalesRequest(first.id)).status).toBe("requested")

    const withdrawn = await api.post(withdraw(first.id), {}, shopper)
    expect(withdrawn.data.after_sales_request).toMatchObject({ id: first.id, status: "withdrawn" })
    expect((await expectFailure(api.post(withdraw(first.id), {}, shopper))).data).toMatchObject({ code: "status_not_requested" })
    // The enterprise can no longer decide it, and sees it as withdrawn.
    expect((await expectFailure(api.post(`/enterprise/after-sales/${first.id}/approve`, {}, a.headers))).data.code).toBe("status_not_requested")
    const listed = (await api.get("/enterprise/after-sales", a.headers)).data.after_sales_requests
    expect(listed.find((r: { id: string }) => r.id === first.id)).toMatchObject({ status: "withdrawn" })

    // The units are free for a new request; once the enterprise approved it, it cannot be withdrawn.
    const second = (await api.post(url(orderId), ask, shopper)).data.after_sales_request
    expect((await api.post(`/enterprise/after-sales/${second.id}/approve`, {}, a.headers)).status).toBe(200)
    expect((await expectFailure(api.post(withdraw(second.id), {}, shopper))).data).toMatchObject({ code: "status_not_requested" })
    expect((await afterSales().retrieveAfterSalesRequest(second.id)).status).toBe("approved")
  })

  it("keeps the windows: no-reason only within 7 days of delivery, quality claims later, refunded at once; refuses with a reason; never refunds more than is left", async () => {
    const { a, b, shopper, orderId } = await setup()
    const paymentId = await shipAndCapture(orderId, b, "SF2234567890123")
    await api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: b.enterpriseId }, shopper)
    const [noodles] = await itemsOf(orderId, b)
    const [delivery] = await afterSales().listPartDeliveries({ order_id: orderId, enterprise_id: b.enterpriseId })
    await afterSales().updatePartDeliveries({ id: delivery!.id, delivered_at: new Date(Date.now() - 8 * DAY_MS) })

    const late = await expectFailure(api.post(url(orderId), { enterprise_id: b.enterpriseId, kind: "return_refund", reason: "no_reason", items: [{ item_id: noodles!.id, quantity: 1 }] }, shopper))
    expect(late.status).toBe(400)
    expect(late.data.code).toBe("no_reason_window_closed")

    // A quality claim on day 8 is fine; B refuses one, then approves the other: refunded at once, no goods back.
    const claim = { enterprise_id: b.enterpriseId, kind: "quality_claim", reason: "spoiled", note: "胀袋", items: [{ item_id: noodles!.id, quantity: 1 }] }
    const first = (await api.post(url(orderId), claim, shopper)).data.after_sales_request
    expect((await expectFailure(api.post(`/enterprise/after-sales/${first.id}/refuse`, {}, b.headers))).data.code).toBe("refusal_reason_required")
    const refused = await api.post(`/enterprise/after-sales/${first.id}/refuse`, { reason: "照片看不出问题" }, b.headers)
    expect(refused.data.after_sales_request).toMatchObject({ status: "refused", refusal_reason: "照片看不出问题" })
    // A refused request frees its units.
    const second = (await api.post(url(orderId), claim, shopper)).data.after_sales_request
    const approved = await api.post(`/enterprise/after-sales/${second.id}/approve`, {}, b.headers)
    expect(approved.data.after_sales_request).toMatchObject({ status: "refunded", refund_fen: Math.round((noodles!.total * 100) / 2) })
    let order = await orderWithPayment(orderId)
    expect(order.returns.find((r: { id: string }) => r.id === second.return_id || r.id === approved.data.after_sales_request.return_id).status).toBe("received")

    // Beyond 30 days, even a claim is closed.
    await afterSales().updatePartDeliveries({ id: delivery!.id, delivered_at: new Date(Date.now() - 31 * DAY_MS) })
    expect((await expectFailure(api.post(url(orderId), claim, shopper))).data.code).toBe("claim_window_closed")
    await afterSales().updatePartDeliveries({ id: delivery!.id, delivered_at: new Date(Date.now() - DAY_MS) })

    // Staff refunded nearly all of the payment by hand: the last noodles' refund no longer fits, nothing changes.
    const third = (await api.post(url(orderId), claim, shopper)).data.after_sales_request
    order = await orderWithPayment(orderId)
    const payment = order.payment_collections[0].payments.find((p: { id: string }) => p.id === paymentId)
    const capturedFen = payment.captures.reduce((s: number, c: { amount: number }) => s + Math.round(c.amount * 100), 0)
    const refundedFen = payment.refunds.reduce((s: number, r: { amount: number }) => s + Math.round(r.amount * 100), 0)
    const leaveFen = third.refund_fen - 1
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: (capturedFen - refundedFen - leaveFen) / 100 }, await adminHeaders(api))
    const tooMuch = await expectFailure(api.post(`/enterprise/after-sales/${third.id}/approve`, {}, b.headers))
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.data.code).toBe("refund_exceeds_paid")
    expect((await api.get(`/enterprise/after-sales/${third.id}`, b.headers)).data.after_sales_request.status).toBe("requested")
    expect((await orderWithPayment(orderId)).returns).toHaveLength(order.returns.length)

    // A's part was never delivered: A's items cannot be asked for.
    const [tea] = await itemsOf(orderId, a)
    expect((await expectFailure(api.post(url(orderId), { ...claim, enterprise_id: a.enterpriseId, items: [{ item_id: tea!.id, quantity: 1 }] }, shopper))).data.code).toBe("not_delivered")
    // Naming B's item under A: not in A's part.
    await shipAndCapture(orderId, a, "SF3234567890123")
    await api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: a.enterpriseId }, shopper)
    expect((await expectFailure(api.post(url(orderId), { ...claim, enterprise_id: a.enterpriseId }, shopper))).data.code).toBe("item_not_in_part")
  })

  // Perishability comes from productHandling (the parcels work marks the navel oranges perishable).
  it("never takes perishables back without a reason, but takes a quality claim on them", async () => {
    const b = await approvedEnterprise(api, "b@after-sales.example.com")
    await moveProductsToEnterprise(container(), ["gannan-navel-orange"], b.enterpriseId)
    const shopper = await signedInCustomer(api, store, "shopper@example.com")
    const orderId = await placeOrder(shopper, [{ handle: "gannan-navel-orange", quantity: 1 }])
    await shipAndCapture(orderId, b, "SF5234567890123")
    await api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: b.enterpriseId }, shopper)
    const [orange] = await itemsOf(orderId, b)
    const ask = { enterprise_id: b.enterpriseId, kind: "return_refund", reason: "no_reason", items: [{ item_id: orange!.id, quantity: 1 }] }
    const refused = await expectFailure(api.post(url(orderId), ask, shopper))
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe("perishable_no_reason")
    expect(await afterSales().listAfterSalesRequests({ order_id: orderId })).toHaveLength(0)
    const claim = await api.post(url(orderId), { ...ask, kind: "quality_claim", reason: "spoiled" }, shopper)
    expect(claim.status).toBe(201)
  })

  it("confirms delivery automatically after DELIVERY_AUTO_CONFIRM_DAYS, from the shipment; Medusa's POST /store/returns is closed", async () => {
    const { b, shopper, orderId } = await setup()
    await shipAndCapture(orderId, b, "SF4234567890123")
    const fulfillments = (await api.get(`/enterprise/orders/${orderId}`, b.headers)).data.order.fulfillments
    const shippedAt = new Date(Date.now() - 11 * DAY_MS)
    await container().resolve(Modules.FULFILLMENT).updateFulfillment(fulfillments[0].id, { shipped_at: shippedAt })

    await deliveryAutoConfirmJob(container(), new Date(shippedAt.getTime() + 9 * DAY_MS))
    expect(await afterSales().listPartDeliveries({ order_id: orderId })).toHaveLength(0)
    await deliveryAutoConfirmJob(container())
    const deliveries = await afterSales().listPartDeliveries({ order_id: orderId })
    // Only B shipped; delivered counts from shipment + 10 days, not from when the job ran.
    expect(deliveries.map((d) => [d.enterprise_id, d.confirmed_by])).toEqual([[b.enterpriseId, "auto"]])
    expect(new Date(deliveries[0]!.delivered_at).getTime()).toBe(shippedAt.getTime() + 10 * DAY_MS)
    await deliveryAutoConfirmJob(container())
    expect(await afterSales().listPartDeliveries({ order_id: orderId })).toHaveLength(1)
    // The shopper can no longer confirm it again.
    expect((await expectFailure(api.post(`/store/orders/${orderId}/deliveries`, { enterprise_id: b.enterpriseId }, shopper))).data.code).toBe("already_delivered")

    // Medusa's own store returns route would create a completed return at once: refused, nothing created.
    const [noodles] = await itemsOf(orderId, b)
    const closed = await expectFailure(
      api.post("/store/returns", { order_id: orderId, items: [{ id: noodles!.id, quantity: 1 }], return_shipping: { option_id: "so_any" }, receive_now: true }, store)
    )
    expect(closed.status).toBe(405)
    expect(closed.data.code).toBe("returns_via_after_sales")
    expect(closed.data.message).toContain("/store/orders/:id/after-sales")
    expect((await orderWithPayment(orderId)).returns).toEqual([])
  })
})
