import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../src/modules/brand"
import type BrandModuleService from "../../src/modules/brand/service"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_brand_rule"

seededSuite(DB_NAME, ({ api, getContainer }) => {
  let admin: { headers: Record<string, string> }
  const productId = async (handle: string) => (await getContainer().resolve(Modules.PRODUCT).listProducts({ handle }))[0]!.id
  const brandId = async (handle: string) => (await getContainer().resolve<BrandModuleService>(BRAND_MODULE).listBrands({ handle }))[0]!.id
  const setBrand = async (product: string, brand: string) => {
    const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({ [Modules.PRODUCT]: { product_id: product }, [BRAND_MODULE]: { brand_id: await brandId("langao-konjac") } })
    await link.create({ [Modules.PRODUCT]: { product_id: product }, [BRAND_MODULE]: { brand_id: await brandId(brand) } })
  }

  beforeAll(async () => {
    admin = await adminHeaders(api)
  })

  it("lets an authorized enterprise's product be published under its brand", async () => {
    const id = await productId("ziyang-maojian-green-tea")
    const { status } = await api.post(`/admin/products/${id}`, { subtitle: "明前茶" }, admin)
    expect(status).toBe(200)
  })

  it("refuses to publish under a brand the enterprise holds no authorization for, and changes nothing", async () => {
    const id = await productId("xunyang-raisin-tree-fruit")
    await setBrand(id, "xunyang-raisin-tree-fruit")
    const failure = await expectFailure(api.post(`/admin/products/${id}`, { subtitle: "新鲜拐枣" }, admin))
    expect(failure.status).toBe(400)
    expect(failure.data.message).toContain("旬阳拐枣")
    expect(failure.data.message).toContain("旬阳市拐枣家庭农场 holds no authorization in force")
    const { data } = await api.get(`/admin/products/${id}?fields=subtitle`, admin)
    expect(data.product.subtitle).toBeNull()
  })

  it("lets a draft carry the brand but refuses to publish it", async () => {
    const id = await productId("xunyang-raisin-tree-fruit")
    await setBrand(id, "xunyang-raisin-tree-fruit")
    expect((await api.post(`/admin/products/${id}`, { status: "draft" }, admin)).status).toBe(200)
    const failure = await expectFailure(api.post(`/admin/products/${id}`, { status: "published" }, admin))
    expect(failure.status).toBe(400)
  })

  it("refuses a brand outside the authorization's categories or enterprise", async () => {
    const noodles = await productId("langao-konjac-noodles")
    await setBrand(noodles, "ziyang-selenium-tea")
    const failure = await expectFailure(api.post(`/admin/products/${noodles}`, { subtitle: "x" }, admin))
    expect(failure.status).toBe(400)
    expect(failure.data.message).toContain("konjac")
  })
})
