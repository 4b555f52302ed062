import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { minimalPdf, MINIMAL_PNG } from "../../src/workflows/enterprise-certificates/__tests__/sample-files"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import { regionId, seededVariantId, chooseShipping } from "../utils/checkout"
import { approvedEnterprise } from "../utils/enterprise"
import { ANKANG_ADDRESS, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

type Headers = { headers: Record<string, string> }
const A_PRODUCT = "ziyang-maojian-green-tea"
const B_PRODUCT = "langao-konjac-noodles"
const COMPANY = { type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3M" }

function pdfForm(name: string, content: Buffer): FormData {
  const body = new FormData()
  body.append("files", new Blob([new Uint8Array(content)], { type: "application/pdf" }), name)
  return body
}

seededSuite("seleno_it_invoices", ({ api, getContainer, store }) => {
  const container = (): MedusaContainer => getContainer()

  async function giveProduct(handle: string, enterpriseId: string) {
    const [product] = await container().resolve(Modules.PRODUCT).listProducts({ handle }, { select: ["id"] })
    const query = container().resolve(ContainerRegistrationKeys.QUERY)
    const { data: old } = await query.graph({ entity: "product", fields: ["id", "enterprise.id"], filters: { id: product!.id } })
    const link = container().resolve(ContainerRegistrationKeys.LINK)
    for (const row of old.filter((p) => p.enterprise)) {
      await link.dismiss({ [Modules.PRODUCT]: { product_id: row.id }, [ENTERPRISE_MODULE]: { enterprise_id: row.enterprise!.id } })
    }
    await link.create({ [Modules.PRODUCT]: { product_id: product!.id }, [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId } })
  }

  /** A registered shopper's bearer headers (with the publishable key) for store routes. */
  async function shopper(email: string): Promise<Headers> {
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "shopper-pass-1" })
    await api.post("/store/customers", { email, first_name: "伟", last_name: "张" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "shopper-pass-1" })
    return { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
  }

  /** The shopper's order of one product from each enterprise, with `invoice` asked at checkout. */
  async function orderWithInvoice(who: Headers, invoice: Record<string, unknown>): Promise<string> {
    const items = [
      { variant_id: await seededVariantId(api, store, A_PRODUCT), quantity: 1 },
      { variant_id: await seededVariantId(api, store, B_PRODUCT), quantity: 2 },
    ]
    const { data } = await api.post(
      "/store/carts",
      { region_id: await regionId(api, store), shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS, items, metadata: { invoice } },
      who
    )
    const cartId = data.cart.id
    await chooseShipping(api, who, cartId)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, who)
    const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, who)
    expect(done.type).toBe("order")
    return done.order.id
  }

  async function twoEnterprises() {
    const a = await approvedEnterprise(api, "a@invoices.example.com")
    const b = await approvedEnterprise(api, "b@invoices.example.com")
    await giveProduct(A_PRODUCT, a.enterpriseId)
    await giveProduct(B_PRODUCT, b.enterpriseId)
    return { a, b }
  }

  it("a personal invoice: each enterprise sees the request for its own part, issues its PDF, and only the owner downloads it", async () => {
    const { a, b } = await twoEnterprises()
    const buyer = await shopper("buyer@invoices.example.com")
    const orderId = await orderWithInvoice(buyer, { type: "personal", title: "张伟" })

    const { data: listA } = await api.get("/enterprise/invoices", a.headers)
    expect(listA.invoices).toEqual([
      expect.objectContaining({ order_id: orderId, enterprise_id: a.enterpriseId, status: "requested", request: { type: "personal", title: "张伟", taxpayer_id: null } }),
    ])
    const { data: listB } = await api.get("/enterprise/invoices", b.headers)
    expect(listB.invoices).toHaveLength(1)
    expect(listB.invoices[0].enterprise_id).toBe(b.enterpriseId)
    const invoiceA = listA.invoices[0].id
    const invoiceB = listB.invoices[0].id

    // Not a PDF, no file, or another enterprise's invoice: 4xx with a code, nothing changes.
    const png = await expectFailure(api.post(`/enterprise/invoices/${invoiceA}/file`, pdfForm("invoice.pdf", MINIMAL_PNG), a.headers))
    expect(png.status).toBe(400)
    expect(png.data.code).toBe("invoice_file_not_pdf")
    const none = await expectFailure(api.post(`/enterprise/invoices/${invoiceA}/file`, new FormData(), a.headers))
    expect(none.status).toBe(400)
    expect(none.data.code).toBe("invoice_file_missing")
    const other = await expectFailure(api.post(`/enterprise/invoices/${invoiceB}/file`, pdfForm("invoice.pdf", minimalPdf("A")), a.headers))
    expect(other.status).toBe(404)
    expect(other.data.code).toBe("invoice_not_your_part")
    expect((await api.get("/enterprise/invoices", b.headers)).data.invoices[0].status).toBe("requested")

    const pdf = minimalPdf("Fapiao 0001")
    const { data: issued } = await api.post(`/enterprise/invoices/${invoiceA}/file`, pdfForm("电子发票.pdf", pdf), a.headers)
    expect(issued.invoice).toMatchObject({ id: invoiceA, status: "issued", file_name: "电子发票.pdf" })

    // The shopper sees both parts' invoices and downloads the issued one.
    const { data: mine } = await api.get(`/store/orders/${orderId}/invoices`, buyer)
    expect(mine.request).toEqual({ type: "personal", title: "张伟", taxpayer_id: null })
    expect(mine.invoices.map((i: { enterprise_id: string; status: string }) => [i.enterprise_id, i.status]).sort()).toEqual(
      [
        [a.enterpriseId, "issued"],
        [b.enterpriseId, "requested"],
      ].sort()
    )
    const file = await api.get(`/store/orders/${orderId}/invoices/${invoiceA}/file`, { ...buyer, responseType: "arraybuffer" })
    expect(file.headers["content-type"]).toBe("application/pdf")
    expect(Buffer.from(file.data).equals(pdf)).toBe(true)
    // Not yet issued: 404 that says so.
    expect((await expectFailure(api.get(`/store/orders/${orderId}/invoices/${invoiceB}/file`, buyer))).status).toBe(404)

    // Another shopper, a guest, and the other enterprise cannot download it.
    const stranger = await shopper("stranger@invoices.example.com")
    expect((await expectFailure(api.get(`/store/orders/${orderId}/invoices/${invoiceA}/file`, stranger))).status).toBe(404)
    expect((await expectFailure(api.get(`/store/orders/${orderId}/invoices`, stranger))).status).toBe(404)
    expect((await expectFailure(api.get(`/store/orders/${orderId}/invoices/${invoiceA}/file`, store))).status).toBe(401)
    expect((await expectFailure(api.get(`/enterprise/invoices/${invoiceA}/file`, b.headers))).status).toBe(404)
    const own = await api.get(`/enterprise/invoices/${invoiceA}/file`, { ...a.headers, responseType: "arraybuffer" })
    expect(Buffer.from(own.data).equals(pdf)).toBe(true)
  })

  it("a company invoice keeps the taxpayer id; an order without a request owes no invoice", async () => {
    const { a } = await twoEnterprises()
    const buyer = await shopper("company@invoices.example.com")
    const withInvoice = await orderWithInvoice(buyer, COMPANY)
    const { data: mine } = await api.get(`/store/orders/${withInvoice}/invoices`, buyer)
    expect(mine.request).toEqual(COMPANY)
    expect(mine.invoices).toHaveLength(2)
    expect(mine.invoices[0].request).toEqual(COMPANY)

    const bad = await expectFailure(orderWithInvoice(buyer, { ...COMPANY, taxpayer_id: "91610900MA6Y2Q8X3K" }))
    expect(bad.status).toBe(400)
    expect(bad.data.code).toBe("invoice_taxpayer_id")

    const { data: listA } = await api.get("/enterprise/invoices", a.headers)
    expect(listA.invoices.map((i: { order_id: string }) => i.order_id)).toEqual([withInvoice])
  })
})
