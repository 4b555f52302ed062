import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { readyCart, regionId, seededVariantId, settle } from "../utils/checkout"
import { approvedEnterprise, moveProductsToEnterprise, type Headers } from "../utils/enterprise"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A sells two teas (¥128 + ¥138 = ¥266), B konjac noodles (2 × ¥39 = ¥78); one order holds both parts.
const A_PRODUCTS = ["ziyang-maojian-green-tea", "lichuan-black-tea"]
const B_PRODUCT = "langao-konjac-noodles"
const DAY_MS = 24 * 60 * 60 * 1000
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)

seededSuite("seleno_it_enterprise_orders", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()


  async function placeOrder(items: { handle: string; quantity: number }[]): Promise<string> {
    const region = await regionId(api, store)
    const lines = await Promise.all(items.map(async (i) => ({ variant_id: await seededVariantId(api, store, i.handle), quantity: i.quantity })))
    const cartId = await readyCart(api, store, { regionId: region, items: lines })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    return data.order.id
  }

  async function fulfilmentCount(orderId: string): Promise<number> {
    const { data } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: orderId } })
    return data[0]!.fulfillments.length
  }

  async function twoEnterprisesAndAnOrder(): Promise<{ a: { enterpriseId: string; headers: Headers }; b: { enterpriseId: string; headers: Headers }; orderId: string }> {
    const a = await approvedEnterprise(api, "a@orders.example.com")
    const b = await approvedEnterprise(api, "b@orders.example.com")
    await moveProductsToEnterprise(container(), A_PRODUCTS, a.enterpriseId)
    await moveProductsToEnterprise(container(), [B_PRODUCT], b.enterpriseId)
    const orderId = await placeOrder([
      { handle: A_PRODUCTS[0]!, quantity: 1 },
      { handle: A_PRODUCTS[1]!, quantity: 1 },
      { handle: B_PRODUCT, quantity: 2 },
    ])
    return { a, b, orderId }
  }

  it("splits an order by enterprise; each sees and ships only its part, the shopper sees each part's status", async () => {
    const { a, b, orderId } = await twoEnterprisesAndAnOrder()

    const { data: listA } = await api.get("/enterprise/orders", a.headers)
    expect(listA.count).toBe(1)
    const partA = listA.orders[0]
    expect(partA).toMatchObject({ id: orderId, subtotal: 266, total: 266, fulfillment_status: "not_fulfilled", fulfillments: [] })
    expect(partA.items.map((i: { product_title: string }) => i.product_title).sort()).toHaveLength(2)
    expect(partA.shipping_address).toMatchObject({ city: "安康市" })
    expect(partA.email).toBeUndefined()
    expect(Object.keys(partA.shipping_address).sort()).toEqual(["address_1", "address_2", "city", "company", "country_code", "first_name", "last_name", "phone", "postal_code", "province"])

    const { data: detailB } = await api.get(`/enterprise/orders/${orderId}`, b.headers)
    expect(detailB.order.items).toHaveLength(1)
    expect(detailB.order).toMatchObject({ subtotal: 78, fulfillment_status: "not_fulfilled" })
    const bItem = detailB.order.items[0]
    const aItemIds: string[] = partA.items.map((i: { id: string }) => i.id)

    // Bad input is refused naming the field, before anything changes.
    const url = `/enterprise/orders/${orderId}/fulfillments`
    const badCarrier = await expectFailure(api.post(url, { carrier: "moon-post", tracking_number: "SF1234567890123" }, a.headers))
    expect(badCarrier.status).toBe(400)
    expect(badCarrier.data.message).toMatch(/carrier "moon-post" is not a carrier we know/)
    // A waybill is checked against its carrier's form, never "cleaned up": SF-12 34 is not SF1234.
    const badTracking = await expectFailure(api.post(url, { carrier: "sf", tracking_number: "SF-12 34" }, a.headers))
    expect(badTracking.status).toBe(400)
    expect(badTracking.data).toMatchObject({ code: "tracking_number_format", params: { carrier: "sf" } })
    expect(badTracking.data.message).toMatch(/"SF-12 34" is not a waybill number of SF Express: expected SF followed by 13 characters/)
    const notZto = await expectFailure(api.post(url, { carrier: "zto", tracking_number: "SF1234567890123" }, a.headers))
    expect(notZto.data).toMatchObject({ code: "tracking_number_format", params: { carrier: "zto" } })
    expect(await fulfilmentCount(orderId)).toBe(0)
    const tooMany = await expectFailure(api.post(url, { carrier: "sf", tracking_number: "SF1234567890123", items: [{ id: aItemIds[0], quantity: 2 }] }, a.headers))
    expect(tooMany.status).toBe(400)
    expect(tooMany.data.message).toContain(`item ${aItemIds[0]}`)

    // A naming B's item: not found, and nothing is fulfilled.
    const foreign = await expectFailure(api.post(url, { carrier: "sf", tracking_number: "SF1234567890123", items: [{ id: bItem.id, quantity: 1 }] }, a.headers))
    expect(foreign.status).toBe(404)
    expect(await fulfilmentCount(orderId)).toBe(0)

    // A ships one tea by EMS, then the rest of its part (no items named) with 顺丰.
    const first = await api.post(url, { carrier: "ems", tracking_number: "EA123456789CN", items: [{ id: aItemIds[0], quantity: 1 }] }, a.headers)
    expect(first.status).toBe(201)
    expect(first.data.order.fulfillment_status).toBe("partially_fulfilled")
    expect(first.data.fulfillment.items).toEqual([{ line_item_id: aItemIds[0], quantity: 1 }])
    const { status, data: shipped } = await api.post(url, { carrier: "sf", tracking_number: "SF1234567890123" }, a.headers)
    expect(status).toBe(201)
    expect(shipped.fulfillment).toMatchObject({ carrier: { code: "sf", name: { zh: "顺丰速运" } }, tracking_number: "SF1234567890123" })
    expect(shipped.fulfillment.items).toEqual([{ line_item_id: aItemIds[1], quantity: 1 }])
    expect(shipped.fulfillment.shipped_at).toBeTruthy()
    expect(shipped.order.fulfillment_status).toBe("shipped")
    expect(shipped.order.fulfillments).toHaveLength(2)
    expect(await fulfilmentCount(orderId)).toBe(2)
    const again = await expectFailure(api.post(url, { carrier: "sf", tracking_number: "SF1234567890124" }, a.headers))
    expect(again.status).toBe(400)

    // B's part is untouched, and B cannot ship A's items.
    const { data: afterB } = await api.get(`/enterprise/orders/${orderId}`, b.headers)
    expect(afterB.order).toMatchObject({ fulfillment_status: "not_fulfilled", fulfillments: [] })
    const bOnA = await expectFailure(api.post(url, { carrier: "ems", tracking_number: "EA123456789CN", items: [{ id: aItemIds[0], quantity: 1 }] }, b.headers))
    expect(bOnA.status).toBe(404)
    expect(await fulfilmentCount(orderId)).toBe(2)

    // The shopper's order page: A shipped with its carrier and number, B not yet.
    const { data: parts } = await api.get(`/store/orders/${orderId}/parts`, store)
    const byEnterprise = new Map(parts.parts.map((p: { enterprise: { id: string } }) => [p.enterprise.id, p]))
    const shipmentsOfA = (byEnterprise.get(a.enterpriseId) as { status: string; shipments: { carrier: { code: string }; tracking_number: string }[] })
    expect(shipmentsOfA.status).toBe("shipped")
    expect(shipmentsOfA.shipments.map((s) => [s.carrier.code, s.tracking_number]).sort()).toEqual([
      ["ems", "EA123456789CN"],
      ["sf", "SF1234567890123"],
    ])
    expect(byEnterprise.get(b.enterpriseId)).toMatchObject({ status: "not_fulfilled", shipments: [] })
    expect((byEnterprise.get(a.enterpriseId) as { items: unknown[] }).items).toHaveLength(2)
    expect((await expectFailure(api.get(`/store/orders/order_nope/parts`, store))).status).toBe(404)

    // B presses "ship" twice at once: the order lock lets one through, the other finds nothing left.
    const twice = await Promise.all(
      ["78100000000001", "78100000000002"].map((number) => settle(api.post(url, { carrier: "zto", tracking_number: number }, b.headers)))
    )
    expect(twice.map((r) => r.status).sort()).toEqual([201, 400])
    expect(await fulfilmentCount(orderId)).toBe(3)
    expect((await api.get(`/enterprise/orders/${orderId}`, b.headers)).data.order.fulfillment_status).toBe("shipped")

    // An order with only B's items does not exist for A.
    const bOnly = await placeOrder([{ handle: B_PRODUCT, quantity: 1 }])
    expect((await expectFailure(api.get(`/enterprise/orders/${bOnly}`, a.headers))).status).toBe(404)
    expect((await expectFailure(api.post(`/enterprise/orders/${bOnly}/fulfillments`, { carrier: "jd", tracking_number: "JDVA00012345678" }, a.headers))).status).toBe(404)
    expect(await fulfilmentCount(bOnly)).toBe(0)
    expect((await api.get("/enterprise/orders", a.headers)).data.count).toBe(1)
    const { data: pageOfB } = await api.get("/enterprise/orders?limit=1&offset=0", b.headers)
    expect(pageOfB).toMatchObject({ count: 2, limit: 1, offset: 0 })
    expect(pageOfB.orders.map((o: { id: string }) => o.id)).toEqual([bOnly]) // newest first
    expect((await api.get("/enterprise/orders?limit=1&offset=1", b.headers)).data.orders[0].id).toBe(orderId)
  })

  it("dashboard and settlement count each enterprise's items exactly; CSV and the admin report agree", async () => {
    const { a, b, orderId } = await twoEnterprisesAndAnOrder()
    const today = chinaDay(new Date())

    // Scans of A's batch, a certificate near its end and a listing in review, all A's.
    const trace = container().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const query = container().resolve(ContainerRegistrationKeys.QUERY)
    const link = container().resolve(ContainerRegistrationKeys.LINK)
    const [batch] = await trace.listTraceBatches({}, { relations: ["serials"], take: 1, order: { created_at: "ASC" } })
    const { data: batchLinks } = await query.graph({ entity: "trace_batch", fields: ["id", "enterprise.id"], filters: { id: batch!.id } })
    const seededOwner = batchLinks[0]?.enterprise?.id
    if (seededOwner) await link.dismiss({ [ENTERPRISE_MODULE]: { enterprise_id: seededOwner }, [TRACEABILITY_MODULE]: { trace_batch_id: batch!.id } })
    await link.create({ [ENTERPRISE_MODULE]: { enterprise_id: a.enterpriseId }, [TRACEABILITY_MODULE]: { trace_batch_id: batch!.id } })
    const serial = batch!.serials.find((s) => s.serial === "0001")!
    // Two networks that shared the same place, and a third elsewhere.
    await trace.recordScan(serial.id, { network: "203.0.113.0/24", place: "net:203.0" })
    await trace.recordScan(serial.id, { network: "203.0.114.0/24", place: "net:203.0" })
    await trace.recordScan(serial.id, { network: "198.51.100.0/24", place: "net:198.51" })
    // A shopper who shared their location from a 0.1° cell of 建始县.
    await trace.recordScan(serial.id, { network: "192.0.2.0/24", place: "geo:30.6,109.7" })
    const [certificate] = await container()
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .createCertificates([
        {
          number: "SE-TEST-0001",
          issuer: "测试检测中心",
          subject: "enterprise",
          standard_code: "NY/T 600-2002",
          category: "tea",
          measured_mg_per_kg: 1,
          valid_from: new Date(Date.now() - 300 * DAY_MS),
          valid_until: new Date(Date.now() + 20 * DAY_MS),
        },
      ])
    await link.create({ [ENTERPRISE_MODULE]: { enterprise_id: a.enterpriseId }, [CERTIFICATION_MODULE]: { certificate_id: certificate!.id } })
    const [proposed] = await container().resolve(Modules.PRODUCT).createProducts([{ title: "待审核的富硒茶", handle: "waiting-tea", status: "proposed" }])
    await link.create({ [Modules.PRODUCT]: { product_id: proposed!.id }, [ENTERPRISE_MODULE]: { enterprise_id: a.enterpriseId } })

    const { data: board } = await api.get("/enterprise/dashboard?days=30", a.headers)
    const d = board.dashboard
    expect(d.sales_per_day).toHaveLength(30)
    expect(d.sales_per_day[29]).toEqual({ date: today, orders: 1, sales: 266, sales_fen: 26600 })
    expect(d.sales_per_day.reduce((s: number, x: { sales_fen: number }) => s + x.sales_fen, 0)).toBe(26600)
    expect(d.top_products.map((p: { revenue: number }) => p.revenue)).toEqual([138, 128])
    expect(d.scans_per_day[29]).toEqual({ date: today, scans: 4 })
    // Places by name: network prefixes say nothing about where a scanner stood.
    expect(d.scans_by_place).toEqual([
      { place: null, name: null, scans: 3 },
      { place: "422822", name: { zh: "恩施州 建始县", en: "Jianshi, Enshi" }, scans: 1 },
    ])
    expect(d.certificates_expiring).toEqual([expect.objectContaining({ id: certificate!.id, number: "SE-TEST-0001", days_left: 20 })])
    expect(d.listings_waiting_for_review).toEqual([expect.objectContaining({ id: proposed!.id, handle: "waiting-tea" })])
    const { data: boardB } = await api.get("/enterprise/dashboard", b.headers)
    expect(boardB.dashboard.sales_per_day[29].sales).toBe(78)
    expect(boardB.dashboard.scans_by_place).toEqual([])
    const tooLong = await expectFailure(api.get("/enterprise/dashboard?days=400", a.headers))
    expect(tooLong.status).toBe(400)
    expect(tooLong.data.message).toMatch(/days/)

    // Settlement counts captured money only: nothing before the parts ship (payment only authorized).
    const yesterday = chinaDay(new Date(Date.now() - DAY_MS))
    const period = `from=${yesterday}&to=${today}`
    const { data: unshipped } = await api.get(`/enterprise/settlement?${period}`, a.headers)
    expect(unshipped.statement.summary).toMatchObject({ orders: 0, gross_fen: 0, payout_fen: 0 })
    const shipAll = (headers: Headers) => api.post(`/enterprise/orders/${orderId}/fulfillments`, { carrier: "sf", tracking_number: "SF1234567890123" }, headers)
    await shipAll(a.headers)
    await shipAll(b.headers)

    // Shipped parts are captured with each enterprise's own ¥10 parcel: 266.00 + 10.00 at 5 % →
    // 13.80 commission, 262.20 payout; 78.00 + 10.00 → 4.40, 83.60.
    const { data: own } = await api.get(`/enterprise/settlement?${period}`, a.headers)
    expect(own.statement).toMatchObject({ enterprise_id: a.enterpriseId, status: "open", summary: { orders: 1, items_fen: 26600, shipping_fen: 1000, gross_fen: 27600, commission_fen: 1380, payout_fen: 26220, commission_bps: 500 } })
    expect(own.statement.lines).toEqual([expect.objectContaining({ order_id: orderId, items_fen: 26600, shipping_fen: 1000, refund_fen: 0, payout_fen: 26220 })])

    // Raw bytes: a decoder would swallow the BOM that this test is about.
    const csv = await api.get(`/enterprise/settlement?${period}&format=csv`, { ...a.headers, responseType: "arraybuffer" })
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"$/)
    const bytes = Buffer.from(csv.data as ArrayBuffer)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = bytes.subarray(3).toString("utf8").trim().split("\r\n").map((r) => r.split(","))
    expect(rows[0]![11]).toMatch(/应结/)
    expect(rows).toHaveLength(3)
    expect(rows[1]!.slice(7, 14).map(Number)).toEqual([266, 0, 10, 0, 276, 13.8, 262.2])
    expect(rows[2]![5]).toContain("合计")
    expect(rows[1]![0]).toContain("测试合作社")

    const admin = await adminHeaders(api)
    const { data: all } = await api.get(`/admin/settlements?${period}`, admin)
    const line = (id: string) => all.settlement.statements.find((l: { enterprise_id: string }) => l.enterprise_id === id)
    expect(line(a.enterpriseId).summary).toMatchObject({ gross_fen: 27600, commission_fen: 1380, payout_fen: 26220 })
    expect(line(b.enterpriseId).summary).toMatchObject({ gross_fen: 8800, commission_fen: 440, payout_fen: 8360 })
    expect(all.settlement.totals.gross_fen).toBe(all.settlement.statements.reduce((s: number, l: { summary: { gross_fen: number } }) => s + l.summary.gross_fen, 0))
    const adminCsv = await api.get(`/admin/settlements?${period}&format=csv`, { ...admin, responseType: "arraybuffer" })
    expect(Buffer.from(adminCsv.data as ArrayBuffer).toString("utf8").split("\r\n").some((r) => r.includes("合计") && r.includes(",78.00,0.00,10.00,0.00,88.00,4.40,83.60,"))).toBe(true)
    expect((await expectFailure(api.get(`/enterprise/settlement?${period}`, admin))).status).toBe(401)
    expect((await expectFailure(api.get(`/admin/settlements?${period}`, a.headers))).status).toBe(401)

    // Bad periods name the field.
    const backwards = await expectFailure(api.get(`/enterprise/settlement?from=${today}&to=${yesterday}`, a.headers))
    expect(backwards.status).toBe(400)
    expect(backwards.data.message).toMatch(/from .* is after to/)
    const long = await expectFailure(api.get("/admin/settlements?from=2025-01-01&to=2026-06-30", admin))
    expect(long.status).toBe(400)
    expect(long.data.message).toMatch(/longer than 366 days/)
    const impossible = await expectFailure(api.get("/enterprise/settlement?from=2026-02-30&to=2026-03-01", a.headers))
    expect(impossible.data.message).toMatch(/from "2026-02-30" is not a date/)
  })
})
