import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { gtinCheckDigit } from "@seleno/domain"
import { readyCart, regionId } from "../utils/checkout"
import { approvedEnterprise, issuerIdByName, teaCertificateBody, TINY_PDF, TINY_PNG, uploadFile, type Headers } from "../utils/enterprise"
import { eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const PNG = TINY_PNG
const PDF = TINY_PDF

/** Stores a file through POST /enterprise/uploads (multipart field "files"), as the portal does; returns its url. */
const upload = uploadFile

seededSuite("seleno_it_enterprise_products", ({ api, getContainer, store }) => {
  const TEA = { brandHandle: "ankang-selenium-tea", categoryHandles: ["tea"] }
  let serial = 0

  const brandId = async (handle: string, admin: Headers) =>
    ((await api.get(`/admin/brands?handle=${handle}`, admin)).data.brands as { id: string; handle: string }[]).find((b) => b.handle === handle)!.id

  /** A tea listing body under the brand the enterprise holds; `title` must be unique for search. */
  const teaListing = (brand: string, title: string) => ({
    title,
    title_en: `${title} (en)`,
    description: "汉江北岸高山茶园，明前采摘。",
    description_en: "Picked before Qingming in mountain gardens north of the Han River.",
    brand_id: brand,
    categories: ["tea"],
    selenium_mg_per_kg: 0.35,
    variants: [
      { title: "250克", title_en: "250 g", price: 128, stock: 40 },
      { title: "500克", title_en: "500 g", price: 238.5, stock: 15 },
    ],
  })

  async function enterpriseWithTea(label: string) {
    serial += 1
    const enterprise = await approvedEnterprise(api, `${label}-${serial}@products.example.com`, TEA)
    const brand = await brandId("ankang-selenium-tea", enterprise.admin)
    return { ...enterprise, brand }
  }

  /** A listing meant to go on sale: no selenium claim, as none of these enterprises holds a certificate (the claim rule). */
  async function createListing(headers: Headers, brand: string, title: string) {
    const { selenium_mg_per_kg: _claim, ...honest } = teaListing(brand, title)
    const { status, data } = await api.post("/enterprise/products", honest, headers)
    expect(status).toBe(201)
    return data.product
  }

  const productCount = async () => (await getContainer().resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 }))[1]
  const inventoryCount = async () => (await getContainer().resolve(Modules.INVENTORY).listAndCountInventoryItems({}, { take: 1 }))[1]
  const storeHandles = async (handle: string) =>
    ((await api.get(`/store/products?handle=${handle}`, store)).data.products as { handle: string }[]).map((p) => p.handle)
  const searchIds = async (q: string) =>
    ((await api.get(`/store/product-search?${new URLSearchParams({ q, page_size: "50" })}`, store)).data.products as { id: string }[]).map((p) => p.id)

  /** Rows a refused variant must not leave behind: variants, inventory items, option values, English texts. */
  async function variantRows() {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const count = async (table: string) => (await knex.raw(`select count(*)::int as n from ${table} where deleted_at is null`)).rows[0].n as number
    return {
      variants: await count("product_variant"),
      inventory: await inventoryCount(),
      optionValues: await count("product_option_value"),
      productValues: await count("product_product_option_value"),
      translations: await count("translation"),
      levels: await count("inventory_level"),
    }
  }

  /** A GTIN-13 with a valid check digit that no other test uses. */
  const freshGtin = (tail: number) => {
    const data12 = `0697124${String((Date.now() + tail) % 1_000_000).padStart(6, "0")}`.slice(-12)
    return data12 + gtinCheckDigit(data12)
  }

  async function publish(listing: { id: string }, headers: Headers, admin: Headers) {
    expect((await api.post(`/enterprise/products/${listing.id}/submit`, {}, headers)).data.product.status).toBe("proposed")
    expect((await api.post(`/admin/products/${listing.id}/review`, { decision: "approve" }, admin)).data.product.status).toBe("published")
  }

  it("creates a draft listing with English, CNY prices and stock, lists it and edits it", async () => {
    const { headers, brand, enterpriseId } = await enterpriseWithTea("create")
    const image = await upload(api, headers, "茶园.png", "image/png", PNG, "product_image")
    const { status, data } = await api.post("/enterprise/products", { ...teaListing(brand, "凤堰明前富硒绿茶"), images: [image] }, headers)
    expect(status).toBe(201)
    const product = data.product
    expect(product).toMatchObject({
      handle: "feng-yan-ming-qian-fu-xi-lv-cha",
      thumbnail: image,
      images: [image],
      status: "draft",
      title: "凤堰明前富硒绿茶",
      title_en: "凤堰明前富硒绿茶 (en)",
      description_en: "Picked before Qingming in mountain gardens north of the Han River.",
      brand: { id: brand, handle: "ankang-selenium-tea" },
      categories: [expect.objectContaining({ handle: "tea" })],
      selenium_mg_per_kg: 0.35,
      review: null,
    })
    expect(product.variants.map((v: { title: string; title_en: string; price: number; stock: number }) => [v.title, v.title_en, v.price, v.stock]).sort()).toEqual([
      ["250克", "250 g", 128, 40],
      ["500克", "500 g", 238.5, 15],
    ])

    const { data: listed } = await api.get("/enterprise/products", headers)
    expect(listed.products.map((p: { id: string }) => p.id)).toEqual([product.id])
    expect((await api.get("/enterprise/products?status=published", headers)).data.products).toEqual([])

    // Linked to the enterprise, the store's sales channel and warehouse: approval alone makes it buyable.
    const { data: admin } = await api.get(`/admin/products/${product.id}?fields=sales_channels.id,enterprise.id,status`, (await enterpriseWithTea("admin")).admin)
    expect(admin.product.sales_channels).toHaveLength(1)
    expect(admin.product.enterprise.id).toBe(enterpriseId)

    const { data: edited } = await api.post(`/enterprise/products/${product.id}`, { title: "凤堰明前绿茶", description_en: "Early spring green tea." }, headers)
    expect(edited.product).toMatchObject({ title: "凤堰明前绿茶", title_en: "凤堰明前富硒绿茶 (en)", description_en: "Early spring green tea.", status: "draft" })
    expect(edited.back_to_review).toBe(false)

    const { data: deleted } = await api.delete(`/enterprise/products/${product.id}`, headers)
    expect(deleted).toEqual({ id: product.id, object: "product", deleted: true })
    expect((await api.get("/enterprise/products", headers)).data.products).toEqual([])
    expect((await expectFailure(api.get(`/enterprise/products/${product.id}`, headers))).status).toBe(404)
  })

  it("refuses unknown and unauthorized brands, bad prices, stock, certificates and images, naming the field, and saves nothing", async () => {
    const { headers, brand, admin } = await enterpriseWithTea("refuse")
    const before = { products: await productCount(), inventory: await inventoryCount() }
    const attempt = async (body: object) => expectFailure(api.post("/enterprise/products", { ...teaListing(brand, "拒绝测试茶"), ...body }, headers))

    const unknown = await attempt({ brand_id: "brand_nope" })
    expect(unknown.status).toBe(400)
    expect(unknown.data.message).toMatch(/brand_id: "brand_nope" is not a brand/)

    const unauthorized = await attempt({ brand_id: await brandId("langao-konjac", admin) })
    expect(unauthorized.status).toBe(400)
    expect(unauthorized.data.message).toMatch(/brand_id: your enterprise holds no authorization for 岚皋魔芋/)

    const outsideCategories = await attempt({ categories: ["konjac"] })
    expect(outsideCategories.status).toBe(400)
    expect(outsideCategories.data.message).toMatch(/brand_id: your authorization for 安康富硒茶 covers the categories tea, not konjac/)

    const unknownCategory = await attempt({ categories: ["socks"] })
    expect(unknownCategory.data.message).toMatch(/categories: "socks" is not a product category/)

    for (const price of [0, -5]) {
      const failure = await attempt({ variants: [{ title: "250克", price, stock: 1 }] })
      expect(failure.status).toBe(400)
      expect(failure.data.message).toMatch(/price/)
      expect(failure.data.message).toMatch(/more than 0/)
    }
    const negativeStock = await attempt({ variants: [{ title: "250克", price: 10, stock: -1 }] })
    expect(negativeStock.status).toBe(400)
    expect(negativeStock.data.message).toMatch(/stock cannot be negative/)

    const certificate = await attempt({ certificate_ids: ["cert_someone_elses"] })
    expect(certificate.data.message).toMatch(/certificate_ids: "cert_someone_elses" is not a certificate of your enterprise/)

    const outside = await attempt({ images: ["https://example.com/tea.jpg"] })
    expect(outside.status).toBe(400)
    expect(outside.data.message).toMatch(/^images: "https:\/\/example.com\/tea.jpg" is not a file your enterprise uploaded/)
    const report = await upload(api, headers, "report.pdf", "application/pdf", PDF)
    expect((await attempt({ images: [report] })).data.message).toMatch(/is application\/pdf, not an image/)
    const other = await enterpriseWithTea("refuse-other")
    const theirImage = await upload(api, other.headers, "their.png", "image/png", PNG, "product_image")
    expect((await attempt({ images: [theirImage] })).data.message).toMatch(/is not a file your enterprise uploaded/)

    // A SKU another product holds fails inside Medusa's product creation, after the claims passed.
    const taken = (await getContainer().resolve(Modules.PRODUCT).listProductVariants({}, { take: 1, select: ["sku"] }))[0]!.sku!
    const duplicate = await attempt({ variants: [{ title: "250克", sku: taken, price: 10, stock: 1 }] })
    expect(duplicate.status).toBeGreaterThanOrEqual(400)

    expect({ products: await productCount(), inventory: await inventoryCount() }).toEqual(before)
    expect((await api.get("/enterprise/products", headers)).data.products).toEqual([])
  })

  it("adds a variant to an own listing with price, stock, GTIN and English; a published listing stays published and sells it", async () => {
    const { headers, brand, admin } = await enterpriseWithTea("add-variant")
    const product = await createListing(headers, brand, "凤堰加规格茶")
    await publish(product, headers, admin)
    const gtin = freshGtin(1)
    const sku = `FY-GIFT-${Date.now()}`

    const { status, data } = await api.post(
      `/enterprise/products/${product.id}/variants`,
      { title: "1000克礼盒", title_en: "1 kg gift box", sku, gtin, price: 399, stock: 6 },
      headers
    )
    expect(status).toBe(201)
    expect(data.variant).toMatchObject({ title: "1000克礼盒", title_en: "1 kg gift box", sku, gtin, price: 399, currency_code: "cny", stock: 6, reserved: 0 })
    expect(data.product.status).toBe("published")
    expect(data.product.variants.map((v: { title: string }) => v.title).sort()).toEqual(["1000克礼盒", "250克", "500克"])
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product).toEqual(data.product)

    // Buyable at once: in the store with its CNY price, and a cart takes it from the warehouse's stock.
    const region = await regionId(api, store)
    const { data: listed } = await api.get(`/store/products?handle=${product.handle}&region_id=${region}&fields=variants.id,variants.title,*variants.calculated_price`, store)
    const sold = listed.products[0].variants.find((v: { id: string }) => v.id === data.variant.id)
    expect(sold.calculated_price.calculated_amount).toBe(399)
    const { data: cart } = await api.post("/store/carts", { region_id: region, items: [{ variant_id: data.variant.id, quantity: 2 }] }, store)
    expect(cart.cart.items.map((i: { variant_id: string; unit_price: number }) => [i.variant_id, i.unit_price])).toEqual([[data.variant.id, 399]])
    const { data: english } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id,variants.title&locale=en-US`, store)
    expect(english.products[0].variants.find((v: { id: string }) => v.id === data.variant.id).title).toBe("1 kg gift box")

    // The new variant is the enterprise's like the others: price and stock changes apply to it.
    const { data: changed } = await api.post(`/enterprise/products/${product.id}/variants/${data.variant.id}`, { stock: 9 }, headers)
    expect(changed.variant).toMatchObject({ id: data.variant.id, stock: 9 })
  })

  it("refuses a variant title the listing has, a bad price, GTIN or a taken SKU, naming the field, and leaves no half variant", async () => {
    const { headers, brand } = await enterpriseWithTea("add-variant-refused")
    const product = await createListing(headers, brand, "凤堰拒绝加规格茶")
    const before = await variantRows()
    const add = (body: object) => expectFailure(api.post(`/enterprise/products/${product.id}/variants`, { title: "1000克", price: 300, stock: 3, ...body }, headers))

    const duplicate = await add({ title: "250克" })
    expect(duplicate.status).toBe(400)
    expect(duplicate.data.message).toBe('title: this listing already has a variant called "250克"')

    for (const price of [0, -5, 1.234, "12"]) {
      const failure = await add({ price })
      expect([price, failure.status]).toEqual([price, 400])
      expect(failure.data.message).toMatch(/price/)
    }
    expect((await add({ stock: -1 })).data.message).toMatch(/stock cannot be negative/)
    const valid = freshGtin(2)
    expect((await add({ gtin: valid.slice(0, 12) + ((Number(valid[12]) + 1) % 10) })).data.message).toMatch(/gtin must be the 8, 12, 13 or 14 digits/)
    expect((await add({ title: " " })).data.message).toMatch(/'title' too small/)
    expect((await add({ colour: "red" })).status).toBe(400)

    // A SKU another product holds fails inside Medusa's variant creation, after the option value was added: that is undone.
    const taken = (await getContainer().resolve(Modules.PRODUCT).listProductVariants({}, { take: 1, select: ["sku"] }))[0]!.sku!
    expect((await add({ sku: taken, title_en: "1 kg" })).status).toBeGreaterThanOrEqual(400)

    expect(await variantRows()).toEqual(before)
    const { data: unchanged } = await api.get(`/enterprise/products/${product.id}`, headers)
    expect(unchanged.product.variants.map((v: { title: string }) => v.title).sort()).toEqual(["250克", "500克"])

    // Nothing in the way of doing it right afterwards, with the same title.
    const { status, data } = await api.post(`/enterprise/products/${product.id}/variants`, { title: "1000克", price: 300, stock: 3 }, headers)
    expect(status).toBe(201)
    expect(data.variant).toMatchObject({ title: "1000克", title_en: null, gtin: null, price: 300, stock: 3 })
    expect(data.product.status).toBe("draft")
  })

  it("refuses to submit a listing whose brand authorization was revoked since drafting", async () => {
    const { headers, brand, admin, enterpriseId } = await enterpriseWithTea("revoked")
    const product = await createListing(headers, brand, "凤堰撤销授权茶")
    const { data } = await api.get(`/admin/enterprises/${enterpriseId}`, admin)
    await api.post(`/admin/brand-authorizations/${data.enterprise.brand_authorizations[0].id}/revoke`, {}, admin)
    const failure = await expectFailure(api.post(`/enterprise/products/${product.id}/submit`, {}, headers))
    expect(failure.status).toBe(400)
    expect(failure.data.message).toBe("brand_id: your authorization for 安康富硒茶 is not in force (revoked)")
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product.status).toBe("draft")
  })

  it("goes through review into the store; price and stock apply at once; a brand change sends it back to review", async () => {
    const { headers, brand, admin, enterpriseId } = await enterpriseWithTea("review")
    const product = await createListing(headers, brand, "凤堰审核茶")
    expect(await storeHandles(product.handle)).toEqual([])

    const early = await expectFailure(api.post(`/admin/products/${product.id}/review`, { decision: "approve" }, admin))
    expect(early.status).toBe(400)
    expect(early.data.message).toMatch(/is draft, not waiting for review/)

    await publish(product, headers, admin)
    expect(await storeHandles(product.handle)).toEqual([product.handle])
    const again = await expectFailure(api.post(`/enterprise/products/${product.id}/submit`, {}, headers))
    expect(again.data.message).toMatch(/status: the listing is published/)

    const variant = product.variants.find((v: { title: string }) => v.title === "250克")
    const { data: changed } = await api.post(`/enterprise/products/${product.id}/variants/${variant.id}`, { price: 99.9, stock: 7 }, headers)
    expect(changed.variant).toMatchObject({ price: 99.9, stock: 7 })
    expect(changed.product.status).toBe("published")
    const { data: adminView } = await api.get(`/admin/products/${product.id}?fields=status,variants.id,variants.prices.amount`, admin)
    expect(adminView.product.variants.find((v: { id: string }) => v.id === variant.id).prices.map((p: { amount: number }) => p.amount)).toEqual([99.9])

    for (const body of [{ price: 0 }, { stock: -3 }, { stock: 1.5 }, {}]) {
      const failure = await expectFailure(api.post(`/enterprise/products/${product.id}/variants/${variant.id}`, body, headers))
      expect(failure.status).toBe(400)
    }
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product.variants.find((v: { id: string }) => v.id === variant.id)).toMatchObject({ price: 99.9, stock: 7 })

    // A second brand the enterprise holds: the claim changes, so the listing waits for review again.
    const day = 24 * 60 * 60 * 1000
    const ziyang = await brandId("ziyang-selenium-tea", admin)
    await api.post(
      `/admin/enterprises/${enterpriseId}/brand-authorizations`,
      { brand_id: ziyang, category_handles: ["tea"], valid_from: new Date(Date.now() - day), valid_until: new Date(Date.now() + 30 * day) },
      admin
    )
    const { data: rebranded } = await api.post(`/enterprise/products/${product.id}`, { brand_id: ziyang }, headers)
    expect(rebranded.back_to_review).toBe(true)
    expect(rebranded.product).toMatchObject({ status: "proposed", brand: { id: ziyang } })
    expect(await storeHandles(product.handle)).toEqual([])

    // Rejection needs a note, which the enterprise sees; it corrects and submits again.
    const noNote = await expectFailure(api.post(`/admin/products/${product.id}/review`, { decision: "reject", note: "  " }, admin))
    expect(noNote.status).toBe(400)
    expect(noNote.data.message).toMatch(/note must say why the listing is rejected/)
    await api.post(`/admin/products/${product.id}/review`, { decision: "reject", note: "请上传紫阳富硒茶授权证书" }, admin)
    const { data: rejected } = await api.get(`/enterprise/products/${product.id}`, headers)
    expect(rejected.product).toMatchObject({ status: "rejected", review: { decision: "reject", note: "请上传紫阳富硒茶授权证书" } })
    expect((await api.post(`/enterprise/products/${product.id}/submit`, {}, headers)).data.product.status).toBe("proposed")
    const { data: waiting } = await api.get("/admin/products?status[]=proposed&fields=id", admin)
    expect(waiting.products.map((p: { id: string }) => p.id)).toContain(product.id)

    // Staff's note is for the enterprise: the store's product routes never show it.
    await api.post(`/admin/products/${product.id}/review`, { decision: "approve", note: "内部备注：授权已核" }, admin)
    const { data: listed } = await api.get(`/store/products?handle=${product.handle}&fields=metadata`, store)
    expect(listed.products).toHaveLength(1)
    expect(JSON.stringify(listed.products[0].metadata ?? {})).not.toContain("内部备注")
    const { data: single } = await api.get(`/store/products/${product.id}?fields=metadata`, store)
    expect(single.product.metadata?.review).toBeUndefined()
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product.review.note).toBe("内部备注：授权已核")
  })

  it("attaches only the enterprise's own certificates, and a certificate change sends a published listing back to review", async () => {
    const { headers, brand, admin } = await enterpriseWithTea("certs")
    const first = await createListing(headers, brand, "凤堰证书茶")
    const report = await upload(api, headers, "report.pdf", "application/pdf", PDF)
    const { data: submitted } = await api.post(
      "/enterprise/certificates",
      teaCertificateBody({ number: `SE-P-${Date.now()}`, productId: first.id, reportUrl: report, issuerId: await issuerIdByName(api, headers) }),
      headers
    )
    const certificateId = submitted.certificate.id as string
    await publish(first, headers, admin)
    expect((await api.get(`/enterprise/products/${first.id}`, headers)).data.product.certificates.map((c: { id: string }) => c.id)).toEqual([certificateId])

    // Dropping the certificate is a claim change: back to review, out of the store; nothing else moves.
    const { data: dropped } = await api.post(`/enterprise/products/${first.id}`, { certificate_ids: [] }, headers)
    expect(dropped.back_to_review).toBe(true)
    expect(dropped.product).toMatchObject({ status: "proposed", certificates: [] })
    expect(await storeHandles(first.handle)).toEqual([])
    await api.post(`/admin/products/${first.id}/review`, { decision: "approve" }, admin)
    const { data: restored } = await api.post(`/enterprise/products/${first.id}`, { certificate_ids: [certificateId] }, headers)
    expect(restored.product).toMatchObject({ status: "proposed", certificates: [expect.objectContaining({ id: certificateId })] })

    // A certificate certifies one product; the refused edit leaves the published listing as it was.
    const second = await createListing(headers, brand, "凤堰第二款茶")
    await publish(second, headers, admin)
    const taken = await expectFailure(api.post(`/enterprise/products/${second.id}`, { title: "改名", certificate_ids: [certificateId] }, headers))
    expect(taken.status).toBe(400)
    expect(taken.data.message).toMatch(/^certificate_ids: SE-P-\d+ already certifies another of your products$/)
    expect((await api.get(`/enterprise/products/${second.id}`, headers)).data.product).toMatchObject({ status: "published", title: "凤堰第二款茶", certificates: [] })

    const other = await enterpriseWithTea("certs-other")
    const borrowed = await expectFailure(api.post("/enterprise/products", { ...teaListing(other.brand, "借证书的茶"), certificate_ids: [certificateId] }, other.headers))
    expect(borrowed.status).toBe(400)
    expect(borrowed.data.message).toBe(`certificate_ids: "${certificateId}" is not a certificate of your enterprise`)
  })

  it("suspension takes the enterprise's listings out of the store and its search at once; reinstatement brings them back", async () => {
    const { headers, brand, admin, enterpriseId } = await enterpriseWithTea("suspend")
    const title = "凤堰停牌检验茶"
    const product = await createListing(headers, brand, title)
    await publish(product, headers, admin)
    expect(await storeHandles(product.handle)).toEqual([product.handle])
    await eventually(async () => ((await searchIds(title)).includes(product.id) ? true : undefined), 30000)

    await api.post(`/admin/enterprises/${enterpriseId}`, { status: "suspended" }, admin)
    expect(await storeHandles(product.handle)).toEqual([])
    await eventually(async () => ((await searchIds(title)).includes(product.id) ? undefined : true), 30000)
    expect((await expectFailure(api.get("/enterprise/products", headers))).status).toBe(400)

    await api.post(`/admin/enterprises/${enterpriseId}`, { status: "active" }, admin)
    expect(await storeHandles(product.handle)).toEqual([product.handle])
    await eventually(async () => ((await searchIds(title)).includes(product.id) ? true : undefined), 30000)
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product.status).toBe("published")
  })

  it("takes a listing offline and puts it back without review; an offline product cannot be bought, its open orders stay", async () => {
    const { headers, brand, admin } = await enterpriseWithTea("offline")
    const title = "凤堰下架检验茶"
    const product = await createListing(headers, brand, title)
    const draftOffline = await expectFailure(api.post(`/enterprise/products/${product.id}/offline`, {}, headers))
    expect([draftOffline.status, draftOffline.data.code]).toEqual([400, "listing_not_published"])
    await publish(product, headers, admin)
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product).toMatchObject({ sale_state: "on_sale", offline_at: null })

    // Deleting goes through offline first, so a listing never leaves the store by a slip.
    const onSaleDelete = await expectFailure(api.delete(`/enterprise/products/${product.id}`, headers))
    expect([onSaleDelete.status, onSaleDelete.data.code]).toEqual([400, "listing_delete_on_sale"])

    // An order placed while on sale, and a cart filled while on sale.
    const region = await regionId(api, store)
    const variantId = product.variants[0].id
    const ordered = await readyCart(api, store, { regionId: region, items: [{ variant_id: variantId, quantity: 1 }] })
    const { data: order } = await api.post(`/store/carts/${ordered}/complete`, {}, store)
    expect(order.type).toBe("order")
    const cartId = await readyCart(api, store, { regionId: region, items: [{ variant_id: variantId, quantity: 1 }] })

    const other = await enterpriseWithTea("offline-other")
    for (const path of ["offline", "online"]) {
      expect((await expectFailure(api.post(`/enterprise/products/${product.id}/${path}`, {}, other.headers))).status).toBe(404)
    }

    const { data: taken } = await api.post(`/enterprise/products/${product.id}/offline`, {}, headers)
    expect(taken.product).toMatchObject({ status: "published", sale_state: "offline", offline_at: expect.any(String) })
    expect(await storeHandles(product.handle)).toEqual([])
    const again = await expectFailure(api.post(`/enterprise/products/${product.id}/offline`, {}, headers))
    expect([again.status, again.data.code]).toEqual([400, "listing_already_offline"])

    const refused = await expectFailure(api.post(`/store/carts/${cartId}/complete`, {}, store))
    expect(refused.status).toBe(400)
    expect(refused.data).toMatchObject({ code: "cart_product_off_sale", params: { product: title } })
    // The order placed before is still the enterprise's to ship.
    const { data: orders } = await api.get("/enterprise/orders", headers)
    expect(orders.orders.map((o: { id: string }) => o.id)).toContain(order.order.id)

    const { data: back } = await api.post(`/enterprise/products/${product.id}/online`, {}, headers)
    expect(back.product).toMatchObject({ status: "published", sale_state: "on_sale", offline_at: null })
    expect(await storeHandles(product.handle)).toEqual([product.handle])
    const notOffline = await expectFailure(api.post(`/enterprise/products/${product.id}/online`, {}, headers))
    expect([notOffline.status, notOffline.data.code]).toEqual([400, "listing_not_offline"])
    expect((await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.type).toBe("order")

    // Offline, it still cannot be deleted while the first order waits for its units.
    await api.post(`/enterprise/products/${product.id}/offline`, {}, headers)
    const held = await expectFailure(api.delete(`/enterprise/products/${product.id}`, headers))
    expect([held.status, held.data.code]).toEqual([400, "listing_delete_open_orders"])
    expect((await api.get(`/enterprise/products/${product.id}`, headers)).data.product.sale_state).toBe("offline")
  })

  it("answers 404 to every products route called with another enterprise's ids, and changes nothing", async () => {
    const a = await enterpriseWithTea("isolation-a")
    const b = await enterpriseWithTea("isolation-b")
    const mine = await createListing(a.headers, a.brand, "甲企业茶")
    const theirs = await createListing(b.headers, b.brand, "乙企业茶")
    await publish(theirs, b.headers, b.admin)
    const snapshot = async () => (await api.get(`/enterprise/products/${theirs.id}`, b.headers)).data.product
    const before = await snapshot()
    const theirVariant = theirs.variants[0].id

    const calls: [string, () => Promise<unknown>][] = [
      ["GET product", () => api.get(`/enterprise/products/${theirs.id}`, a.headers)],
      ["POST product", () => api.post(`/enterprise/products/${theirs.id}`, { title: "被改了" }, a.headers)],
      ["POST product brand", () => api.post(`/enterprise/products/${theirs.id}`, { brand_id: a.brand }, a.headers)],
      ["POST variant", () => api.post(`/enterprise/products/${theirs.id}/variants/${theirVariant}`, { price: 1, stock: 0 }, a.headers)],
      ["POST new variant", () => api.post(`/enterprise/products/${theirs.id}/variants`, { title: "乙的新规格", price: 1, stock: 1 }, a.headers)],
      ["POST their variant under my product", () => api.post(`/enterprise/products/${mine.id}/variants/${theirVariant}`, { price: 1 }, a.headers)],
      ["POST submit", () => api.post(`/enterprise/products/${theirs.id}/submit`, {}, a.headers)],
      ["POST offline", () => api.post(`/enterprise/products/${theirs.id}/offline`, {}, a.headers)],
      ["POST online", () => api.post(`/enterprise/products/${theirs.id}/online`, {}, a.headers)],
      ["DELETE product", () => api.delete(`/enterprise/products/${theirs.id}`, a.headers)],
    ]
    for (const [name, call] of calls) {
      const failure = await expectFailure(call())
      expect([name, failure.status]).toEqual([name, 404])
      expect(failure.data.message).toMatch(/(Product|Variant) with id: \S+ was not found/)
    }
    const listed = (await api.get("/enterprise/products", a.headers)).data.products.map((p: { id: string }) => p.id)
    expect(listed).toEqual([mine.id])
    expect(await snapshot()).toEqual(before)
  })

  it("sets a variant's GTIN later, refuses one another variant holds, and fixes it once a batch is printed", async () => {
    const { headers, brand } = await enterpriseWithTea("gtin-edit")
    const product = await createListing(headers, brand, "凤堰补条码茶")
    // The answer does not promise the variants' order: compare with what each was created with.
    const [first, second] = product.variants as { id: string; gtin: string | null; price: number }[]
    expect(first!.gtin).toBeNull()
    const url = (v: { id: string }) => `/enterprise/products/${product.id}/variants/${v.id}`
    const gtin = freshGtin(11)

    const bad = await expectFailure(api.post(url(first!), { gtin: gtin.slice(0, 12) + ((Number(gtin[12]) + 1) % 10) }, headers))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/gtin must be the 8, 12, 13 or 14 digits/)
    const { data } = await api.post(url(first!), { gtin }, headers)
    expect(data.variant).toMatchObject({ id: first!.id, gtin })

    const taken = await expectFailure(api.post(url(second!), { gtin }, headers))
    expect([taken.status, taken.data.code]).toEqual([400, "variant_gtin_taken"])
    const other = await enterpriseWithTea("gtin-edit-other")
    expect((await expectFailure(api.post(url(first!), { gtin: freshGtin(12) }, other.headers))).status).toBe(404)

    const batch = await api.post("/enterprise/trace-batches", { variant_id: first!.id, lot: "GE001", produced_on: "2026-10-01", quantity: 2 }, headers)
    expect(batch.status).toBe(201)
    const fixed = await expectFailure(api.post(url(first!), { gtin: freshGtin(13), price: 1 }, headers))
    expect([fixed.status, fixed.data.code]).toEqual([400, "variant_gtin_batched"])
    // Nothing of the refused change was saved, the price included; the same GTIN again is no change.
    const after = (await api.get(`/enterprise/products/${product.id}`, headers)).data.product.variants.find((v: { id: string }) => v.id === first!.id)
    expect(after).toMatchObject({ gtin, price: first!.price })
    expect([128, 238.5]).toContain(first!.price)
    expect((await api.post(url(first!), { gtin, stock: 3 }, headers)).data.variant).toMatchObject({ gtin, stock: 3 })
  })

  it("a variant's GTIN (package barcode) is checked, kept, and lets the enterprise open a batch of it", async () => {
    const { headers, brand } = await enterpriseWithTea("gtin")
    const data12 = `0697123${String(Date.now() % 1_000_000).padStart(6, "0")}`
    const gtin = data12 + gtinCheckDigit(data12)
    const wrongDigit = data12 + ((gtinCheckDigit(data12) + 1) % 10)
    const listing = teaListing(brand, "凤堰条码富硒茶")

    const bad = await expectFailure(api.post("/enterprise/products", { ...listing, variants: [{ ...listing.variants[0], gtin: wrongDigit }] }, headers))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/gtin must be the 8, 12, 13 or 14 digits of the package barcode, with a valid check digit/)

    const { data } = await api.post("/enterprise/products", { ...listing, variants: [{ ...listing.variants[0], gtin }] }, headers)
    expect(data.product.variants[0].gtin).toBe(gtin)
    const batch = await api.post(
      "/enterprise/trace-batches",
      { variant_id: data.product.variants[0].id, lot: "GT001", produced_on: "2026-10-01", quantity: 5 },
      headers
    )
    expect(batch.status).toBe(201)
    expect(batch.data.trace_batch.gtin).toBe(gtin.padStart(14, "0"))
  })
})
