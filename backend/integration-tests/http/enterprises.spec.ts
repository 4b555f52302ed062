import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { createEnterprisesWorkflow } from "../../src/workflows/enterprise/create-enterprises"
import { EXPIRED_CERTIFICATE_PRODUCT } from "../../src/seed/seed-certificates"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_enterprises"

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  const enterprises = () => getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)


  it("shows an enterprise's bases, brand authorizations in force and products", async () => {
    const { data } = await api.get("/store/enterprises/ziyang-selenium-tea-co", store)
    const e = data.enterprise
    expect(e.name).toBe("紫阳县富硒茶业有限公司")
    expect(e.kind).toBe("company")
    expect(e.bases).toEqual([expect.objectContaining({ county: "ziyang", location: "紫阳县向阳镇" })])
    expect(e.brand_authorizations.map((a: { brand: { handle: string } }) => a.brand.handle).sort()).toEqual(["ankang-selenium-tea", "ziyang-selenium-tea"])
    expect(e.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
    expect(e).not.toHaveProperty("credit_code", expect.anything())
    const en = await api.get("/store/enterprises/ziyang-selenium-tea-co?locale=en-US", store)
    expect(en.data.enterprise.name).toBe("Ziyang Selenium Tea Co., Ltd.")
    expect(en.data.enterprise.bases[0].name).toBe("Xiangyang mountain tea garden")
  })

  it("lists the certificates an enterprise holds with their status now", async () => {
    const { data } = await api.get("/store/enterprises/hanbin-selenium-foods", store)
    const certificates = data.enterprise.certificates as { number: string; status: string; standard_code: string; product: { handle: string } | null }[]
    expect(certificates).toEqual([expect.objectContaining({ status: "valid", standard_code: "NY/T 600-2002", product: expect.objectContaining({ handle: "ankang-selenium-black-tea" }) })])
    expect(certificates[0]).toEqual(expect.objectContaining({ issuer: expect.any(String), standard_code: expect.any(String), measured_mg_per_kg: expect.any(Number) }))
    expect(certificates[0]).not.toHaveProperty("revoked_at")
    const lichuan = (await api.get("/store/enterprises/lichuan-red-tea-co", store)).data.enterprise.certificates
    expect(lichuan).toEqual([expect.objectContaining({ status: "expired", product: expect.objectContaining({ handle: EXPIRED_CERTIFICATE_PRODUCT }) })])
  })

  it("lists no authorization for the producer that holds none, and drops expired ones", async () => {
    const none = await api.get("/store/enterprises/xunyang-raisin-tree-farm", store)
    expect(none.data.enterprise.brand_authorizations).toEqual([])

    const [farm] = await enterprises().listEnterprises({ handle: "zhenping-li-family-farm" }, { relations: ["brand_authorizations"] })
    await enterprises().updateBrandAuthorizations({ id: farm!.brand_authorizations[0]!.id, valid_until: new Date("2026-01-01") })
    const expired = await api.get("/store/enterprises/zhenping-li-family-farm", store)
    expect(expired.data.enterprise.brand_authorizations).toEqual([])
  })

  it("hides a suspended enterprise and answers unknown ones with 404", async () => {
    const [langao] = await enterprises().listEnterprises({ handle: "langao-konjac-coop" })
    await enterprises().updateEnterprises({ id: langao!.id, status: "suspended" })
    expect((await expectFailure(api.get("/store/enterprises/langao-konjac-coop", store))).status).toBe(404)
    const unknown = await expectFailure(api.get("/store/enterprises/no-such-enterprise", store))
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toContain("no-such-enterprise")
  })

  it("lists the enterprises in good standing, without their credit codes", async () => {
    const before = (await api.get("/store/enterprises", store)).data.enterprises.map((e: { handle: string }) => e.handle)
    expect(before).toContain("langao-konjac-coop")
    expect((await api.get("/store/enterprises", store)).data.enterprises[0]).not.toHaveProperty("credit_code")
    const [langao] = await enterprises().listEnterprises({ handle: "langao-konjac-coop" })
    await enterprises().updateEnterprises({ id: langao!.id, status: "suspended" })
    const after = (await api.get("/store/enterprises", store)).data.enterprises.map((e: { handle: string }) => e.handle)
    expect(after).not.toContain("langao-konjac-coop")
    expect(after.length).toBe(before.length - 1)
  })

  it("refuses a credit code with a wrong check character, naming it, and creates nothing", async () => {
    const before = (await enterprises().listEnterprises({})).length
    const application = { handle: "baihe-papaya-coop", name: "白河县木瓜专业合作社", kind: "cooperative" as const, county: "baihe" }
    const { errors } = await createEnterprisesWorkflow(getContainer()).run({
      input: { enterprises: [
          { ...application, credit_code: "91350100M000100Y43" },
          { ...application, handle: "baihe-papaya-coop-2", credit_code: "91350100M000100Y44" },
        ] },
      throwOnError: false,
    })
    expect(errors[0]?.error.message).toMatch(/credit_code "91350100M000100Y44" has a wrong check character/)
    expect((await enterprises().listEnterprises({})).length).toBe(before)
  })
})
