import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readPdf } from "../../src/modules/traceability/__tests__/pdf-text"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { approvedEnterprise, enterpriseLogin, moveProductsToEnterprise, PORTAL_PASSWORD, type Headers } from "../utils/enterprise"
import { ANKANG_ADDRESS, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A sells two teas, B konjac noodles; one order holds both parts (as in enterprise-orders.spec).
const A_PRODUCTS = ["ziyang-maojian-green-tea", "lichuan-black-tea"]
const B_PRODUCT = "langao-konjac-noodles"
const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** A CSV answer as rows of fields (no quoted commas in what these tests read). */
function parseCsv(body: string): string[][] {
  return body.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => line.split(",").map((f) => f.replace(/^"|"$/g, "")))
}
const fen = (yuan: string) => Math.round(Number(yuan) * 100)

seededSuite("seleno_it_enterprise_bulk_orders", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()
  const binary = (who: Headers) => ({ ...who, responseType: "arraybuffer" as const })

  async function placeOrder(items: { variant_id: string; quantity: number }[]): Promise<string> {
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    return data.order.id
  }

  async function member(owner: Headers, email: string, role: string): Promise<Headers> {
    const { data: registered } = await api.post("/auth/enterprise/emailpass/register", { email, password: PORTAL_PASSWORD })
    const { data } = await api.post("/enterprise/invites", { email, role }, owner)
    await api.post("/enterprise-invites/accept", { token: data.token, name: role }, { headers: { authorization: `Bearer ${registered.token}` } })
    return enterpriseLogin(api, email)
  }

  let a: { enterpriseId: string; headers: Headers }
  let b: { enterpriseId: string; headers: Headers }
  const variants: Record<string, string> = {}
  let shared: string
  let aOnly: string

  beforeAll(async () => {
    a = await approvedEnterprise(api, "a@bulk.example.com")
    b = await approvedEnterprise(api, "b@bulk.example.com")
    await moveProductsToEnterprise(container(), A_PRODUCTS, a.enterpriseId)
    await moveProductsToEnterprise(container(), [B_PRODUCT], b.enterpriseId)
    for (const handle of [...A_PRODUCTS, B_PRODUCT]) variants[handle] = await seededVariantId(api, store, handle)
    shared = await placeOrder([
      { variant_id: variants[A_PRODUCTS[0]!]!, quantity: 1 },
      { variant_id: variants[A_PRODUCTS[1]!]!, quantity: 3 },
      { variant_id: variants[B_PRODUCT]!, quantity: 2 },
    ])
    aOnly = await placeOrder([{ variant_id: variants[A_PRODUCTS[0]!]!, quantity: 2 }])
  })

  const exportCsv = async (who: Headers, query = "") => {
    // Raw bytes: axios would swallow the BOM.
    const response = await api.get(`/enterprise/orders/export?from=${chinaDay(-1)}&to=${chinaDay(1)}${query}`, binary(who))
    expect(response.status).toBe(200)
    expect(response.headers["content-type"]).toMatch(/^text\/csv/)
    return Buffer.from(response.data as ArrayBuffer).toString("utf8")
  }

  it("exports only the enterprise's own lines, with the amounts its order page shows to the fen, and the buyer by region only", async () => {
    const body = await exportCsv(a.headers)
    expect(body.startsWith("\uFEFF")).toBe(true)
    const [header, ...rows] = parseCsv(body)
    const col = (name: string) => header!.findIndex((h) => h.startsWith(name))
    for (const order of [shared, aOnly]) {
      const { data } = await api.get(`/enterprise/orders/${order}`, a.headers)
      const mine = rows.filter((r) => r[col("订单号")] === `#${data.order.display_id}`)
      // Each item once with its quantity and amounts, then the part's shipping; together the part's total.
      const itemRows = mine.filter((r) => r[col("商品")] !== "运费 shipping")
      expect(itemRows.map((r) => [r[col("数量")], fen(r[col("实付")]!)]).sort()).toEqual(
        data.order.totals.items.map((l: { quantity: number; paid_fen: number }) => [String(l.quantity), l.paid_fen]).sort()
      )
      expect(mine.reduce((sum, r) => sum + fen(r[col("实付")]!), 0)).toBe(data.order.totals.total_fen)
      expect(mine.every((r) => r[col("省")] === "陕西省" && r[col("市")] === "安康市" && r[col("区县")] === "汉滨区")).toBe(true)
      expect(mine.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[col("下单时间")]!))).toBe(true)
    }
    // B's konjac is in the shared order but never in A's file; no name, phone or street either.
    const { data: bPart } = await api.get(`/enterprise/orders/${shared}`, b.headers)
    expect(body).not.toContain(bPart.order.items[0].product_title)
    for (const secret of [ANKANG_ADDRESS.first_name, ANKANG_ADDRESS.phone, "兴安路"]) expect(body).not.toContain(secret)
    // B's file holds B's line of the shared order and nothing of A's.
    const bRows = parseCsv(await exportCsv(b.headers)).slice(1)
    expect(bRows.filter((r) => r[3] !== "运费 shipping").map((r) => [r[0], r[6]])).toEqual([[`#${bPart.order.display_id}`, "2"]])
    expect(bRows.reduce((sum, r) => sum + fen(r[9]!), 0)).toBe(bPart.order.totals.total_fen)
  })

  it("filters by status and period, carries the waybill once shipped, and refuses a bad period naming the field", async () => {
    const { data: shipped } = await api.post(`/enterprise/orders/${aOnly}/fulfillments`, { carrier: "sf", tracking_number: "SF1234567890123" }, a.headers)
    const display = `#${shipped.order.display_id}`
    const onlyShipped = parseCsv(await exportCsv(a.headers, "&status=shipped")).slice(1)
    expect(onlyShipped.length).toBeGreaterThan(0)
    expect(onlyShipped.every((r) => r[0] === display && r[2] === "已发货 shipped" && r[13] === "顺丰速运 SF1234567890123")).toBe(true)
    const waiting = parseCsv(await exportCsv(a.headers, "&status=not_fulfilled")).slice(1)
    expect(waiting.some((r) => r[0] === display)).toBe(false)
    expect(waiting.length).toBeGreaterThan(0)
    const past = await api.get(`/enterprise/orders/export?from=2020-01-01&to=2020-01-31`, a.headers)
    expect(parseCsv(String(past.data))).toHaveLength(1)
    const bad = await expectFailure(api.get(`/enterprise/orders/export?from=${chinaDay(1)}&to=${chinaDay(-1)}`, a.headers))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/from .* is after to/)
    expect((await expectFailure(api.get(`/enterprise/orders/export?from=${chinaDay()}&to=${chinaDay()}&status=lost`, a.headers))).status).toBe(400)
  })

  it("prints packing slips: one A4 page per part with recipient, items, SKU and quantity, and the waybill when packed", async () => {
    const { data: sharedPart } = await api.get(`/enterprise/orders/${shared}`, a.headers)
    const one = await api.get(`/enterprise/orders/${shared}/packing-slip`, binary(a.headers))
    expect(one.status).toBe(200)
    expect(one.headers["content-type"]).toBe("application/pdf")
    expect(one.headers["content-disposition"]).toBe(`attachment; filename="packing-slip-${sharedPart.order.display_id}.pdf"`)
    const slip = await readPdf(Buffer.from(one.data as ArrayBuffer))
    expect(slip.pages).toBe(1)
    expect(slip.pageSize.map(Math.round)).toEqual([595, 842])
    const text = slip.items.map((i) => i.text).join("\n")
    expect(text).toContain(`#${sharedPart.order.display_id}`)
    expect(text).toContain(ANKANG_ADDRESS.first_name)
    expect(text).toContain("汉滨区")
    for (const item of sharedPart.order.items as { product_title: string; variant_sku: string; quantity: number }[]) {
      expect(text).toContain(item.product_title)
      expect(text).toContain(item.variant_sku)
    }
    expect(slip.items.map((i) => i.text)).toEqual(expect.arrayContaining(["1", "3"]))
    expect(text).toContain("未打包")
    const { data: bPart } = await api.get(`/enterprise/orders/${shared}`, b.headers)
    expect(text).not.toContain(bPart.order.items[0].product_title)

    // Several parts in one file, one page each, in the order chosen; the shipped one names its waybill.
    await api.post(`/enterprise/orders/${aOnly}/fulfillments`, { carrier: "sf", tracking_number: "SF1234567890124" }, a.headers).catch(() => undefined)
    const many = await api.get(`/enterprise/orders/packing-slips?ids=${aOnly},${shared}`, binary(a.headers))
    expect(many.headers["x-packing-slips"]).toBe("2")
    const both = await readPdf(Buffer.from(many.data as ArrayBuffer))
    expect(both.pages).toBe(2)
    const firstPage = both.items.filter((i) => i.page === 1).map((i) => i.text).join("\n")
    expect(firstPage).toMatch(/SF123456789012[34]/)
    expect(both.items.filter((i) => i.page === 2).map((i) => i.text).join("\n")).toContain(`#${sharedPart.order.display_id}`)

    // Another enterprise's order refuses the whole file as not found; none or too many are coded.
    const bOnly = await placeOrder([{ variant_id: variants[B_PRODUCT]!, quantity: 1 }])
    expect((await expectFailure(api.get(`/enterprise/orders/${bOnly}/packing-slip`, a.headers))).status).toBe(404)
    expect((await expectFailure(api.get(`/enterprise/orders/packing-slips?ids=${shared},${bOnly}`, a.headers))).status).toBe(404)
    const none = await expectFailure(api.get(`/enterprise/orders/packing-slips`, a.headers))
    expect(none).toMatchObject({ status: 400, data: { code: "packing_slip_none_selected" } })
    const tooMany = await expectFailure(api.get(`/enterprise/orders/packing-slips?ids=${Array.from({ length: 101 }, (_, i) => `order_${i}`).join(",")}`, a.headers))
    expect(tooMany).toMatchObject({ status: 400, data: { code: "packing_slip_too_many", params: { max: 100 } } })
  })

  it("lets owners, operators and packers print slips, finance export but not print, each refusal coded", async () => {
    const packer = await member(a.headers, "packer@bulk.example.com", "packer")
    const finance = await member(a.headers, "finance@bulk.example.com", "finance")
    const operator = await member(a.headers, "operator@bulk.example.com", "operator")
    for (const who of [packer, operator]) expect((await api.get(`/enterprise/orders/${shared}/packing-slip`, binary(who))).status).toBe(200)
    const refused = await expectFailure(api.get(`/enterprise/orders/${shared}/packing-slip`, finance))
    expect(refused).toMatchObject({ status: 403, data: { code: "enterprise_role_forbidden", params: { role: "finance", area: "shipping" } } })
    const refusedMany = await expectFailure(api.get(`/enterprise/orders/packing-slips?ids=${shared}`, finance))
    expect(refusedMany.data.code).toBe("enterprise_role_forbidden")
    expect((await api.get(`/enterprise/orders/export?from=${chinaDay()}&to=${chinaDay()}`, finance)).status).toBe(200)
    // Thresholds are catalogue work: a packer is refused, coded.
    const threshold = await expectFailure(api.post(`/enterprise/products/x/variants/${variants[A_PRODUCTS[0]!]}/low-stock`, { threshold: 1 }, packer))
    expect(threshold).toMatchObject({ status: 403, data: { code: "enterprise_role_forbidden", params: { role: "packer", area: "catalogue" } } })
  })

  type Variant = { id: string; stock: number; reserved: number; sellable: number; low_stock_threshold: number | null; low_stock: boolean }
  async function variantOf(handle: string): Promise<{ productId: string; variant: Variant }> {
    const { data } = await api.get("/enterprise/products", a.headers)
    for (const p of data.products as { id: string; variants: Variant[] }[]) {
      const v = p.variants.find((x) => x.id === variants[handle])
      if (v) return { productId: p.id, variant: v }
    }
    throw new Error(`${handle} is not A's`)
  }

  it("shows stocked, reserved and sellable per variant; an order reserves until it is packed", async () => {
    const handle = A_PRODUCTS[1]!
    const before = (await variantOf(handle)).variant
    expect(before.sellable).toBe(before.stock - before.reserved)
    await placeOrder([{ variant_id: variants[handle]!, quantity: 4 }])
    const after = (await variantOf(handle)).variant
    expect(after).toMatchObject({ stock: before.stock, reserved: before.reserved + 4, sellable: before.sellable - 4 })
  })

  it("tells owner and operators once per crossing of a variant's low-stock threshold, not on every order", async () => {
    const handle = A_PRODUCTS[0]!
    // The team hearing of it: owner and operator; the packer does not.
    await member(a.headers, "operator-stock@bulk.example.com", "operator")
    await member(a.headers, "packer-stock@bulk.example.com", "packer")
    const { productId, variant } = await variantOf(handle)
    const url = `/enterprise/products/${productId}/variants/${variant.id}/low-stock`
    const bad = await expectFailure(api.post(url, { threshold: -1 }, a.headers))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/threshold cannot be negative/)
    const threshold = variant.sellable - 3
    const { data: set } = await api.post(url, { threshold }, a.headers)
    expect(set.variant).toMatchObject({ low_stock_threshold: threshold, low_stock: false })
    const stockAlert = container().resolve<import("../../src/modules/stock-alert/service").default>("stockAlert")
    const [row] = await stockAlert.listLowStockThresholds({ variant_id: variant.id })
    const sent = async () =>
      (await container().resolve(Modules.NOTIFICATION).listNotifications({ template: "enterprise-low-stock", resource_id: row!.id })) as unknown as {
        to: string
        channel: string
        idempotency_key: string
        data: Record<string, unknown>
      }[]

    await placeOrder([{ variant_id: variant.id, quantity: 2 }]) // sellable − 2: above the threshold
    await placeOrder([{ variant_id: variant.id, quantity: 2 }]) // sellable − 4: crossed
    const first = await eventually(async () => ((await sent()).length ? sent() : null), 30000)
    expect(first.filter((n) => n.channel === "email").map((n) => n.to).sort()).toEqual(["a@bulk.example.com", "operator-stock@bulk.example.com"])
    expect(first[0]!.data).toMatchObject({ threshold, sellable: variant.sellable - 4 })
    expect((await variantOf(handle)).variant).toMatchObject({ low_stock: true, sellable: variant.sellable - 4 })

    await placeOrder([{ variant_id: variant.id, quantity: 1 }]) // still low: no second notice
    await eventually(async () => ((await stockAlert.listLowStockThresholds({ id: row!.id }))[0]!.alerted_at ? true : null))
    const afterLow = (await variantOf(handle)).variant
    expect(afterLow.sellable).toBe(variant.sellable - 5)
    // Restocked in the portal (moveProductsToEnterprise put 1000 at A's base; +10 there): above the threshold again, re-armed.
    await api.post(`/enterprise/products/${productId}/variants/${variant.id}`, { stock: 1010 }, a.headers)
    await eventually(async () => ((await stockAlert.listLowStockThresholds({ id: row!.id }))[0]!.alerted_at ? null : true), 30000)
    const restocked = (await variantOf(handle)).variant
    expect(restocked.low_stock).toBe(false)
    // Stock packed for earlier orders left A's base, so the rise is at least 8.
    expect(restocked.sellable).toBeGreaterThanOrEqual(threshold + 8)
    expect((await sent()).filter((n) => n.channel === "email")).toHaveLength(2)
    // Down to the threshold once more: a second crossing, a second notice to each.
    await placeOrder([{ variant_id: variant.id, quantity: restocked.sellable - threshold }])
    const second = await eventually(async () => ((await sent()).filter((n) => n.channel === "email").length >= 4 ? sent() : null), 30000)
    expect(second.filter((n) => n.channel === "email")).toHaveLength(4)
    expect(new Set(second.map((n) => n.idempotency_key)).size).toBe(second.length)

    // Removing the threshold: no longer low, no row.
    const { data: removed } = await api.post(url, { threshold: null }, a.headers)
    expect(removed.variant).toMatchObject({ low_stock_threshold: null, low_stock: false })
    expect(await stockAlert.listLowStockThresholds({ variant_id: variant.id })).toHaveLength(0)
  })
})
