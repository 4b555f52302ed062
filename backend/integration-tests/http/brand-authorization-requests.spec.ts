import { approvedEnterprise, type Headers } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

seededSuite("seleno_it_authorization_requests", ({ api }) => {
  const brandId = async (handle: string, admin: Headers) =>
    ((await api.get(`/admin/brands?handle=${handle}`, admin)).data.brands as { id: string; handle: string }[]).find((b) => b.handle === handle)!.id

  /** A konjac listing under the brand: refused until the enterprise holds an authorization for it. */
  const konjacListing = (brand: string) => ({
    title: "岚皋魔芋粉丝",
    description: "岚皋高山魔芋制成。",
    brand_id: brand,
    categories: ["konjac"],
    variants: [{ title: "300克", price: 19.9, stock: 10 }],
  })

  it("an enterprise asks for a brand, staff grant it with their categories and end date, and the enterprise lists under it", async () => {
    const enterprise = await approvedEnterprise(api, "asker@authorization-requests.example.com")
    const langao = await brandId("langao-konjac", enterprise.admin)
    const refused = await expectFailure(api.post("/enterprise/products", konjacListing(langao), enterprise.headers))
    expect(refused.data.message).toMatch(/holds no authorization for 岚皋魔芋/)

    const asked = await api.post(
      "/enterprise/brand-authorization-requests",
      { brand_id: langao, category_handles: ["konjac", "tea"], note: "我社在岚皋县种植魔芋 300 亩。" },
      enterprise.headers
    )
    expect(asked.status).toBe(201)
    expect(asked.data.brand_authorization_request).toMatchObject({
      brand: { id: langao, handle: "langao-konjac", name: "岚皋魔芋" },
      category_handles: ["konjac", "tea"],
      status: "pending",
      note: "我社在岚皋县种植魔芋 300 亩。",
    })
    const id = asked.data.brand_authorization_request.id as string

    // One open request per brand.
    const again = await expectFailure(api.post("/enterprise/brand-authorization-requests", { brand_id: langao, category_handles: ["konjac"] }, enterprise.headers))
    expect(again.status).toBe(400)
    expect(again.data.code).toBe("authorization_request_pending")

    // Staff see the queue and grant konjac only, until a date they choose.
    const queue = (await api.get("/admin/brand-authorization-requests?status=pending", enterprise.admin)).data.brand_authorization_requests
    expect(queue.map((r: { id: string }) => r.id)).toContain(id)
    const until = new Date(Date.now() + 180 * 86400000)
    const granted = await api.post(`/admin/brand-authorization-requests/${id}/decide`, { decision: "grant", category_handles: ["konjac"], valid_until: until }, enterprise.admin)
    expect(granted.data.brand_authorization_request).toMatchObject({ status: "granted", brand_authorization_id: expect.stringMatching(/^bauth_/) })

    const listed = await api.post("/enterprise/products", konjacListing(langao), enterprise.headers)
    expect(listed.status).toBe(201)
    const mine = (await api.get("/enterprise/brand-authorization-requests", enterprise.headers)).data.brand_authorization_requests
    expect(mine).toMatchObject([{ id, status: "granted" }])

    // Decided once.
    const twice = await expectFailure(api.post(`/admin/brand-authorization-requests/${id}/decide`, { decision: "refuse", note: "改主意了" }, enterprise.admin))
    expect(twice.data.code).toBe("authorization_request_decided")
    expect((await api.get("/enterprise/brand-authorization-requests", enterprise.headers)).data.brand_authorization_requests[0].status).toBe("granted")
  })

  it("staff refuse with a note the enterprise sees, and no other enterprise sees the request", async () => {
    const enterprise = await approvedEnterprise(api, "refused@authorization-requests.example.com")
    const ziyang = await brandId("ziyang-selenium-tea", enterprise.admin)
    const { data } = await api.post("/enterprise/brand-authorization-requests", { brand_id: ziyang, category_handles: ["tea"] }, enterprise.headers)
    const id = data.brand_authorization_request.id as string

    const noNote = await expectFailure(api.post(`/admin/brand-authorization-requests/${id}/decide`, { decision: "refuse" }, enterprise.admin))
    expect(noNote.status).toBe(400)
    const decided = await api.post(`/admin/brand-authorization-requests/${id}/decide`, { decision: "refuse", note: "贵社不在紫阳县，不能使用紫阳富硒茶。" }, enterprise.admin)
    expect(decided.data.brand_authorization_request).toMatchObject({ status: "refused", decision_note: "贵社不在紫阳县，不能使用紫阳富硒茶。", brand_authorization_id: null })
    const seen = (await api.get("/enterprise/brand-authorization-requests", enterprise.headers)).data.brand_authorization_requests
    expect(seen).toMatchObject([{ id, status: "refused", decision_note: "贵社不在紫阳县，不能使用紫阳富硒茶。" }])

    // Refused, the enterprise may ask again.
    expect((await api.post("/enterprise/brand-authorization-requests", { brand_id: ziyang, category_handles: ["tea"] }, enterprise.headers)).status).toBe(201)

    const other = await approvedEnterprise(api, "other@authorization-requests.example.com")
    expect((await api.get("/enterprise/brand-authorization-requests", other.headers)).data.brand_authorization_requests).toEqual([])
  })

  it("a request names a real regional or county brand and real categories, with a coded refusal", async () => {
    const enterprise = await approvedEnterprise(api, "bad@authorization-requests.example.com")
    const unknownBrand = await expectFailure(api.post("/enterprise/brand-authorization-requests", { brand_id: "brand_nope", category_handles: ["tea"] }, enterprise.headers))
    expect(unknownBrand.data).toMatchObject({ code: "authorization_request_brand" })
    const tea = await brandId("ankang-selenium-tea", enterprise.admin)
    const unknownCategory = await expectFailure(api.post("/enterprise/brand-authorization-requests", { brand_id: tea, category_handles: ["茶叶"] }, enterprise.headers))
    expect(unknownCategory.data).toMatchObject({ code: "authorization_request_categories", params: { categories: "茶叶" } })
    const none = await expectFailure(api.post("/enterprise/brand-authorization-requests", { brand_id: tea, category_handles: [] }, enterprise.headers))
    expect(none.status).toBe(400)
    expect((await api.get("/enterprise/brand-authorization-requests", enterprise.headers)).data.brand_authorization_requests).toEqual([])
  })
})
