import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createPriceListsWorkflow,
  createPromotionsWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentsWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { refundFenForUnits } from "@seleno/domain"
import { LINE_CHARGED_FIELDS, lineChargedFen, type ChargedLine } from "../../src/lib/order-line-charged"
import { chooseShipping, regionId, seededVariantId, settle } from "../utils/checkout"
import { approvedEnterprise, moveProductsToEnterprise, type Headers } from "../utils/enterprise"
import { adminHeaders, ANKANG_ADDRESS, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

/*
 * Settlement against real Medusa money: payments are captured when each enterprise ships its part,
 * refunds come from Medusa's returns and refunds, and a closed month reconciles to the fen:
 *   Σ payouts + Σ commission − Σ platform-funded add-backs = Σ captured − Σ refunded.
 */

const A_PRODUCTS = ["ziyang-maojian-green-tea", "lichuan-black-tea"]
const B_PRODUCTS = ["langao-konjac-noodles", "ankang-walnuts"]
const C_PRODUCT = "pingli-jiaogulan"
const DAY_MS = 24 * 60 * 60 * 1000
const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * DAY_MS).toISOString().slice(0, 10)
const fen = (amount: unknown) => Math.round(Number((amount as { value?: unknown })?.value ?? amount) * 100)

type Enterprise = { enterpriseId: string; headers: Headers }

/** A request that must succeed; a failure names the route's answer (status, code, message). */
async function ok<T = any>(request: Promise<{ status: number; data: T }>): Promise<{ status: number; data: T }> {
  const answer = await settle(request)
  if (answer.status >= 400) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.data)}`)
  return answer
}

seededSuite("seleno_it_settlement_reconciliation", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()
  const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

  /** A guest checkout as the storefront drives it; a code goes in before payment (it changes the amount). */
  async function placeOrder(items: { handle: string; quantity: number }[], code?: string): Promise<string> {
    const lines = await Promise.all(items.map(async (i) => ({ variant_id: await seededVariantId(api, store, i.handle), quantity: i.quantity })))
    const { data: created } = await ok(
      api.post("/store/carts", { region_id: await regionId(api, store), email: "buyer@example.com", shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS, items: lines }, store)
    )
    const cartId: string = created.cart.id
    if (code) await ok(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, store))
    await chooseShipping(api, store, cartId)
    const { data: pc } = await ok(api.post("/store/payment-collections", { cart_id: cartId }, store))
    await ok(api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store))
    const { data } = await ok(api.post(`/store/carts/${cartId}/complete`, {}, store))
    expect(data.type).toBe("order")
    return data.order.id
  }

  /** Each line with what the shopper was charged for it (Medusa's own items.total shrinks as units come back). */
  async function orderItems(orderId: string): Promise<{ id: string; product_handle: string; quantity: number; total_fen: number }[]> {
    const { data } = await query().graph({ entity: "order", fields: ["id", "total", "items.id", "items.quantity", "items.variant_sku", ...LINE_CHARGED_FIELDS], filters: { id: orderId } })
    return data[0]!.items.map((i: ChargedLine & { id: string; quantity: number; variant_sku: string }) => ({
      id: i.id,
      product_handle: i.variant_sku.replace(/-1$/, "").toLowerCase(),
      quantity: Number(i.quantity),
      total_fen: lineChargedFen(i),
    }))
  }

  const ship = (e: Enterprise, orderId: string, items?: { id: string; quantity: number }[]) =>
    ok(api.post(`/enterprise/orders/${orderId}/fulfillments`, { carrier: "sf", tracking_number: `SF${String(Math.floor(Math.random() * 1e13)).padStart(13, "0")}`, ...(items ? { items } : {}) }, e.headers))

  const returnedSoFar = new Map<string, number>()
  /** A shopper's return of some units, run through Medusa's return workflows, then refunded exactly by the one refund rule. */
  async function returnAndRefund(orderId: string, items: { id: string; quantity: number }[]): Promise<number> {
    const c = container()
    // Returned goods go back to the base they were shipped from (Medusa receives them only where
    // the items are stocked): the location of the fulfilment that sent the first returned item.
    const { data: shipped } = await query().graph({ entity: "order", fields: ["fulfillments.location_id", "fulfillments.items.line_item_id"], filters: { id: orderId } })
    const fulfilments = (shipped[0]!.fulfillments ?? []) as { location_id: string; items: { line_item_id: string }[] }[]
    const locationId = fulfilments.find((f) => f.items.some((i) => i.line_item_id === items[0]!.id))!.location_id
    const { result: change } = await beginReturnOrderWorkflow(c).run({ input: { order_id: orderId, location_id: locationId } })
    const returnId = change.return_id!
    await requestItemReturnWorkflow(c).run({ input: { return_id: returnId, items } })
    await confirmReturnRequestWorkflow(c).run({ input: { return_id: returnId } })
    await beginReceiveReturnWorkflow(c).run({ input: { return_id: returnId } })
    await receiveItemReturnRequestWorkflow(c).run({ input: { return_id: returnId, items } })
    await confirmReturnReceiveWorkflow(c).run({ input: { return_id: returnId } })
    const lines = new Map((await orderItems(orderId)).map((i) => [i.id, i]))
    let refund = 0
    for (const item of items) {
      const line = lines.get(item.id)!
      const before = returnedSoFar.get(item.id) ?? 0
      refund += refundFenForUnits({ totalFen: line.total_fen, quantity: line.quantity }, before, item.quantity)
      returnedSoFar.set(item.id, before + item.quantity)
    }
    const payment = await paymentOf(orderId)
    await refundPaymentsWorkflow(c).run({ input: [{ payment_id: payment.id, amount: refund / 100 }] })
    return refund
  }

  async function paymentOf(orderId: string): Promise<{ id: string; captured_fen: number; refunded_fen: number }> {
    const { data } = await query().graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
      filters: { id: orderId },
    })
    const payment = data[0]!.payment_collections[0]!.payments[0]!
    return {
      id: payment.id,
      captured_fen: (payment.captures ?? []).reduce((s: number, c: { amount: number }) => s + fen(c.amount), 0),
      refunded_fen: (payment.refunds ?? []).reduce((s: number, r: { amount: number }) => s + fen(r.amount), 0),
    }
  }

  async function setup(): Promise<{ a: Enterprise; b: Enterprise; c: Enterprise; admin: Headers }> {
    const a = await approvedEnterprise(api, "a@settle.example.com")
    const b = await approvedEnterprise(api, "b@settle.example.com")
    const c = await approvedEnterprise(api, "c@settle.example.com")
    await moveProductsToEnterprise(container(), A_PRODUCTS, a.enterpriseId)
    await moveProductsToEnterprise(container(), B_PRODUCTS, b.enterpriseId)
    await moveProductsToEnterprise(container(), [C_PRODUCT], c.enterpriseId)
    return { a, b, c, admin: await adminHeaders(api) }
  }

  it("a month of orders reconciles to the fen: payouts + commission − add-backs = captured − refunded", async () => {
    const { a, b, c, admin } = await setup()
    // A promotion code (10 % off items, odd fen to round) and a live-session price on one of A's teas.
    await createPromotionsWorkflow(container()).run({
      input: {
        promotionsData: [
          { code: "SETTLE10", type: "standard", status: "active", is_automatic: false, application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "cny" } },
        ],
      },
    })
    const liveVariant = await seededVariantId(api, store, A_PRODUCTS[1]!)
    await createPriceListsWorkflow(container()).run({
      input: { price_lists_data: [{ title: "直播价", description: "live session", status: "active", prices: [{ variant_id: liveVariant, amount: 99.9, currency_code: "cny" }] }] },
    })

    // Ten orders, several enterprises each, some with the code.
    const orders: string[] = []
    for (let n = 0; n < 10; n++) {
      const items = [
        { handle: A_PRODUCTS[n % 2]!, quantity: 1 + (n % 3) },
        { handle: B_PRODUCTS[n % 2]!, quantity: 1 + ((n + 1) % 3) },
        ...(n % 3 === 0 ? [{ handle: C_PRODUCT, quantity: 3 }] : []),
      ]
      orders.push(await placeOrder(items, n % 2 === 0 ? "SETTLE10" : undefined))
    }
    const enterpriseOf = (handle: string) => (A_PRODUCTS.includes(handle) ? a : B_PRODUCTS.includes(handle) ? b : c)

    // Nothing is captured yet: authorized-only orders are not in anyone's statement.
    const today = chinaDay()
    const { data: before } = await api.get(`/admin/settlements?from=${today}&to=${today}`, admin)
    expect(before.settlement.totals).toMatchObject({ orders: 0, captured_fen: 0, gross_fen: 0, payout_fen: 0 })

    // Ship: orders 0–7 shipped by every enterprise (order 1 and 4 in two shipments), 8–9 never.
    let refunded = 0
    for (const [n, orderId] of orders.slice(0, 8).entries()) {
      const items = await orderItems(orderId)
      for (const e of [a, b, c]) {
        const own = items.filter((i) => enterpriseOf(i.product_handle) === e)
        if (!own.length) continue
        const split = own.find((i) => i.quantity > 1)
        if ((n === 1 || n === 4) && split) {
          expect((await ship(e, orderId, [{ id: split.id, quantity: 1 }])).status).toBe(201)
        }
        expect((await ship(e, orderId)).status).toBe(201)
      }
      // Returns of some items: one unit, or a whole line.
      if (n % 4 === 1) refunded += await returnAndRefund(orderId, [{ id: items[0]!.id, quantity: 1 }])
      if (n === 6) refunded += await returnAndRefund(orderId, [{ id: items[1]!.id, quantity: items[1]!.quantity }])
    }
    // A second return of the same line (the rest of it) rounds cumulatively.
    const line = (await orderItems(orders[1]!))[0]!
    if (line.quantity > 1) refunded += await returnAndRefund(orders[1]!, [{ id: line.id, quantity: line.quantity - 1 }])

    let captured = 0
    let refundedAtProvider = 0
    for (const orderId of orders) {
      const p = await paymentOf(orderId)
      captured += p.captured_fen
      refundedAtProvider += p.refunded_fen
    }
    expect(refundedAtProvider).toBe(refunded)
    // Unshipped orders keep their money authorized, never captured.
    for (const orderId of orders.slice(8)) expect((await paymentOf(orderId)).captured_fen).toBe(0)
    expect(captured).toBeGreaterThan(0)

    // Close the period for every enterprise, then reconcile.
    for (const e of [a, b, c]) {
      const { data } = await ok(api.post(`/admin/settlements/${e.enterpriseId}/close`, { from: today, to: today }, admin))
      expect(data.statement.status).toBe("closed")
    }
    const { data: closed } = await api.get(`/admin/settlements?from=${today}&to=${today}`, admin)
    const statements = closed.settlement.statements.filter((s: { enterprise_id: string }) => [a, b, c].some((e) => e.enterpriseId === s.enterprise_id))
    const sum = (k: string) => statements.reduce((s: number, st: { summary: Record<string, number> }) => s + st.summary[k]!, 0)
    expect(sum("payout_fen") + sum("commission_fen") - sum("addback_fen")).toBe(captured - refunded)
    expect(sum("captured_fen")).toBe(captured)
    expect(sum("refund_fen")).toBe(refunded)
    expect(sum("orders")).toBeGreaterThan(0)

    // Each enterprise's own ¥10 parcel went to it, once per shipped order it had a part in
    // (A and B in orders 0–7, C in orders 0, 3 and 6).
    const of = (e: Enterprise) => statements.find((s: { enterprise_id: string }) => s.enterprise_id === e.enterpriseId)
    expect(of(a).summary.shipping_fen).toBe(8 * 1000)
    expect(of(b).summary.shipping_fen).toBe(8 * 1000)
    expect(of(c).summary.shipping_fen).toBe(3 * 1000)

    // Each statement's lines add up to its summary; the CSV carries one row per line plus totals, with a BOM.
    const { data: detail } = await api.get(`/admin/settlements/${b.enterpriseId}?from=${today}&to=${today}`, admin)
    const lines = detail.statement.lines as Record<string, number>[]
    for (const k of ["items_fen", "refund_fen", "shipping_fen", "gross_fen", "commission_fen", "payout_fen"]) {
      expect(lines.reduce((s, l) => s + l[k]!, 0)).toBe(detail.statement.summary[k])
    }
    const csv = await api.get(`/admin/settlements/${b.enterpriseId}?from=${today}&to=${today}&format=csv`, { ...admin, responseType: "arraybuffer" })
    const bytes = Buffer.from(csv.data as ArrayBuffer)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = bytes.subarray(3).toString("utf8").trim().split("\r\n")
    expect(rows).toHaveLength(1 + lines.length + 1)
    expect(rows.at(-1)).toContain("合计 total")
  }, 600_000)

  it("closing freezes a period: later refunds land in the next; closing twice, paying an open period and reading another's statement are refused", async () => {
    const { a, b, admin } = await setup()
    const orderId = await placeOrder([
      { handle: A_PRODUCTS[0]!, quantity: 2 },
      { handle: B_PRODUCTS[0]!, quantity: 3 },
    ])
    const unshipped = await placeOrder([{ handle: A_PRODUCTS[1]!, quantity: 1 }])
    expect((await ship(a, orderId)).status).toBe(201)
    expect((await ship(b, orderId)).status).toBe(201)
    const items = await orderItems(orderId)
    const aLine = items.find((i) => A_PRODUCTS.includes(i.product_handle))!
    const bLine = items.find((i) => B_PRODUCTS.includes(i.product_handle))!

    const today = chinaDay()
    const tomorrow = chinaDay(1)
    const { data: open } = await api.get(`/enterprise/settlement?from=${today}&to=${today}`, a.headers)
    expect(open.statement).toMatchObject({ status: "open", id: null })
    // A: its items + the ¥10 parcel; the unshipped order is not there.
    expect(open.statement.summary).toMatchObject({ orders: 1, items_fen: aLine.total_fen, shipping_fen: 1000, refund_fen: 0 })
    expect(open.statement.lines.map((l: { order_id: string }) => l.order_id)).toEqual([orderId])
    expect(JSON.stringify(open)).not.toContain(unshipped)

    // Mark paid while open → refused; close; close again → refused.
    const payOpen = await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/pay`, { from: today, to: today, payout_reference: "BANK-1" }, admin))
    expect(payOpen.status).toBe(400)
    expect(payOpen.data).toMatchObject({ code: "period_open" })
    expect(payOpen.data.message).toMatch(/still open .* close it before marking it paid/)
    const { data: closed } = await ok(api.post(`/admin/settlements/${a.enterpriseId}/close`, { from: today, to: today }, admin))
    expect(closed.statement).toMatchObject({ status: "closed", summary: open.statement.summary })
    const twice = await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/close`, { from: today, to: today }, admin))
    expect(twice.status).toBe(400)
    expect(twice.data.code).toBe("period_already_closed")
    expect(twice.data.message).toMatch(/already closed/)
    const overlap = await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/close`, { from: today, to: tomorrow }, admin))
    expect(overlap.status).toBe(400)
    expect(overlap.data.message).toMatch(/overlaps the closed period/)
    const noReference = await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/pay`, { from: today, to: today, payout_reference: " " }, admin))
    expect(noReference.status).toBe(400)
    expect(noReference.data.message).toMatch(/payout_reference/)

    // A refund after the close, dated today, falls into the next open period; the closed statement does not move.
    const refund = await returnAndRefund(orderId, [{ id: aLine.id, quantity: 1 }])
    expect(refund).toBe(refundFenForUnits({ totalFen: aLine.total_fen, quantity: 2 }, 0, 1))
    const { data: frozen } = await api.get(`/enterprise/settlement?from=${today}&to=${today}`, a.headers)
    expect(frozen.statement.summary).toEqual(closed.statement.summary)
    const { data: next } = await api.get(`/enterprise/settlement?from=${tomorrow}&to=${tomorrow}`, a.headers)
    expect(next.statement).toMatchObject({ status: "open", summary: { refund_fen: refund, items_fen: 0, gross_fen: -refund } })
    // B's own period still holds its own money only: its items and its own ¥10 parcel.
    const { data: bOpen } = await api.get(`/enterprise/settlement?from=${today}&to=${today}`, b.headers)
    expect(bOpen.statement.summary).toMatchObject({ items_fen: bLine.total_fen, shipping_fen: 1000, refund_fen: 0 })

    // Paid with a reference; the enterprise sees it; paying again is refused.
    const { data: paid } = await ok(api.post(`/admin/settlements/${a.enterpriseId}/pay`, { from: today, to: today, payout_reference: "ICBC-20261201-0001" }, admin))
    expect(paid.statement).toMatchObject({ status: "paid", payout_reference: "ICBC-20261201-0001" })
    const payTwice = await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/pay`, { from: today, to: today, payout_reference: "X" }, admin))
    expect(payTwice.status).toBe(400)
    expect(payTwice.data.message).toMatch(/already marked paid/)
    const { data: mine } = await api.get(`/enterprise/settlement?from=${today}&to=${today}`, a.headers)
    expect(mine.statements).toEqual([expect.objectContaining({ id: closed.statement.id, status: "paid", payout_reference: "ICBC-20261201-0001" })])
    const { data: byId } = await api.get(`/enterprise/settlement/statements/${closed.statement.id}`, a.headers)
    expect(byId.statement.summary).toEqual(closed.statement.summary)

    // B cannot read A's statement, nor can an enterprise use the admin routes.
    expect((await expectFailure(api.get(`/enterprise/settlement/statements/${closed.statement.id}`, b.headers))).status).toBe(404)
    expect((await expectFailure(api.get(`/admin/settlements/${a.enterpriseId}?from=${today}&to=${today}`, b.headers))).status).toBe(401)
    expect((await expectFailure(api.post(`/admin/settlements/${a.enterpriseId}/close`, { from: tomorrow, to: tomorrow }, b.headers))).status).toBe(401)
  }, 600_000)
})
