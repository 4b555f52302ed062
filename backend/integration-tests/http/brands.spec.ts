import { BRANDS } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_brands"

type Node = { handle: string; name: string; product_count: number; total_product_count: number; children: Node[] }
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flatten(n.children)])

seededSuite(DB_NAME, ({ api, getContainer, store }) => {


  it("lists the whole catalogue as a tree with published product counts", async () => {
    const { data } = await api.get("/store/brands", store)
    const all = flatten(data.brands)
    expect(all.map((b) => b.handle).sort()).toEqual(BRANDS.map((b) => b.handle).sort())
    expect(data.brands[0].handle).toBe("ankang-selenium-tea")
    const tea = data.brands[0] as Node
    const ziyang = tea.children.find((c) => c.handle === "ziyang-selenium-tea")!
    expect(ziyang.product_count).toBe(2)
    expect(tea.total_product_count).toBe(tea.product_count + ziyang.total_product_count)
    expect(all.reduce((sum, b) => sum + b.product_count, 0)).toBe(24) // one seeded product is sold unbranded
  })

  it("names brands in English for en-US", async () => {
    const { data } = await api.get("/store/brands?locale=en-US", store)
    expect(flatten(data.brands).find((b) => b.handle === "langao-konjac")?.name).toBe("Langao Konjac")
  })

  it("shows one brand with its story, parent, children and products", async () => {
    const { data } = await api.get("/store/brands/ziyang-selenium-tea", store)
    expect(data.brand.name).toBe("紫阳富硒茶")
    expect(data.brand.story).toContain("1980")
    expect(data.brand.parent).toEqual({ handle: "ankang-selenium-tea", name: "安康富硒茶" })
    expect(data.brand.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
    const parent = await api.get("/store/brands/ankang-selenium-tea?locale=en-US", store)
    expect(parent.data.brand.children.map((c: { handle: string }) => c.handle)).toEqual(["ziyang-selenium-tea"])
    expect(parent.data.brand.story).toContain("geographical-indication certification mark")
  })

  it("names the enterprises authorized to use a brand now, and drops one whose authorization is revoked", async () => {
    const handles = async (brand: string) =>
      ((await api.get(`/store/brands/${brand}`, store)).data.brand.authorized_enterprises as { handle: string }[]).map((e) => e.handle)
    expect(await handles("ziyang-selenium-tea")).toEqual(["ziyang-selenium-tea-co"])
    expect(await handles("ankang-selenium-tea")).toEqual(["hanbin-selenium-foods", "pingli-nvwa-tea-coop", "ziyang-selenium-tea-co"])
    const { data } = await api.get("/store/brands/ziyang-selenium-tea", store)
    expect(data.brand.authorized_enterprises[0]).toMatchObject({ name: "紫阳县富硒茶业有限公司", county: "ziyang", category_handles: ["tea"] })

    const enterprises = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const [pingli] = await enterprises.listEnterprises({ handle: "pingli-nvwa-tea-coop" }, { relations: ["brand_authorizations"] })
    const teaAuthorization = pingli!.brand_authorizations.find((a) => a.category_handles.includes("tea"))
    await enterprises.updateBrandAuthorizations({ id: teaAuthorization!.id, revoked_at: new Date() })
    expect(await handles("ankang-selenium-tea")).toEqual(["hanbin-selenium-foods", "ziyang-selenium-tea-co"])
  })

  it("leaves draft products out of a brand's products and counts", async () => {
    const { data: detail } = await api.get("/store/brands/langao-konjac", store)
    const [first] = detail.brand.products
    await getContainer().resolve("product").updateProducts(first.id, { status: "draft" })
    const { data } = await api.get("/store/brands/langao-konjac", store)
    expect(data.brand.products.map((p: { id: string }) => p.id)).not.toContain(first.id)
    expect(data.brand.product_count).toBe(detail.brand.product_count - 1)
  })

  it("returns a product's brand and enterprise through the store products API", async () => {
    const { data } = await api.get("/store/products?handle=langao-konjac-noodles&fields=title,*brand,*enterprise", store)
    expect(data.products[0].brand).toMatchObject({ handle: "langao-konjac", name: "岚皋魔芋" })
    expect(data.products[0].enterprise).toMatchObject({ handle: "langao-konjac-coop" })
  })

  it("answers an unknown brand with a 404 that names it", async () => {
    const failure = await expectFailure(api.get("/store/brands/no-such-brand", store))
    expect(failure.status).toBe(404)
    expect(failure.data.message).toContain("no-such-brand")
  })
})
