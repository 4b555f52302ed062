import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_search"

interface Hit { id: string; handle: string; certified: boolean; county: string | null; price_min: number | null }
interface SearchResponse {
  products: Hit[]
  count: number
  facets: {
    brand: { handle: string; count: number; children: { handle: string; count: number }[] }[]
    county: { value: string; count: number }[]
    region: { value: string; count: number }[]
    category: { value: string; count: number }[]
    certified: number
    selenium: { key: string; count: number }[]
    price: { key: string; count: number }[]
  }
}

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  let published: { id: string; handle: string; metadata?: Record<string, unknown> | null; categories?: { handle: string }[] | null }[]
  const search = async (params: Record<string, string>): Promise<SearchResponse> =>
    (await api.get(`/store/product-search?${new URLSearchParams({ page_size: "50", ...params })}`, store)).data
  const handles = async (q: string) => (await search({ q })).products.map((p) => p.handle)

  beforeAll(async () => {
    published = await getContainer()
      .resolve(Modules.PRODUCT)
      .listProducts({ status: "published" }, { select: ["id", "handle", "metadata"], relations: ["categories"] })
    // The seed rebuilds the index in the background; wait until it holds every product and its badge.
    await eventually(async () => {
      const all = await search({})
      return all.count === published.length && all.facets.certified > 0 ? true : undefined
    }, 60000)
  })

  describe("relevance on the seeded catalogue", () => {
    it("finds a Chinese substring of a title: 紫阳 finds the two Ziyang teas and nothing else", async () => {
      expect((await handles("紫阳")).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
    })

    it("finds 魔芋 inside 岚皋魔芋挂面, and 魔芋面 puts the noodles first", async () => {
      expect((await handles("魔芋")).sort()).toEqual(["ankang-konjac-rice", "langao-konjac-flour", "langao-konjac-noodles"])
      expect((await handles("魔芋面"))[0]).toBe("langao-konjac-noodles")
    })

    it("ranks the exact title first", async () => {
      expect((await handles("紫阳毛尖富硒绿茶"))[0]).toBe("ziyang-maojian-green-tea")
      expect((await handles("寻乌脐橙"))[0]).toBe("xunwu-navel-orange")
    })

    it("ranks the brand's own products first for a brand name", async () => {
      expect((await handles("紫阳富硒茶")).slice(0, 2).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
    })

    it("finds teas only for 富硒茶 and for selenium tea", async () => {
      const isTea = (p: (typeof published)[number]) => (p.categories ?? []).some((c) => c.handle === "tea" || c.handle === "herbal")
      const teas = new Set(published.filter(isTea).map((p) => p.handle))
      for (const q of ["富硒茶", "selenium tea"]) {
        const found = await handles(q)
        expect(found.length).toBeGreaterThanOrEqual(5)
        expect(found.filter((h) => !teas.has(h))).toEqual([])
      }
    })

    it("understands pinyin, full and initials: ziyang and zy cha", async () => {
      expect((await handles("ziyang")).slice(0, 2).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
      expect((await handles("zy cha")).slice(0, 2).sort()).toEqual(["ziyang-cuifeng-tea", "ziyang-maojian-green-tea"])
    })

    it("uses synonyms kept as data: 蒟蒻 and konjac find the 魔芋 products, navel orange finds 脐橙", async () => {
      const konjac = ["ankang-konjac-rice", "langao-konjac-flour", "langao-konjac-noodles"]
      expect((await handles("蒟蒻")).sort()).toEqual(konjac)
      expect((await handles("konjac")).sort()).toEqual(konjac)
      expect((await handles("navel orange")).sort()).toEqual(["gannan-navel-orange", "xunwu-navel-orange"])
    })

    it("tolerates Latin typos: 'selenuim tea' finds teas first, 'konjak' finds konjac", async () => {
      const typo = await search({ q: "selenuim tea" })
      expect(typo.products.slice(0, 3).every((p) => p.handle.includes("tea"))).toBe(true)
      expect((await handles("konjak")).sort()).toEqual(["ankang-konjac-rice", "langao-konjac-flour", "langao-konjac-noodles"])
    })

    it("puts certified products ahead of uncertified ones on ties", async () => {
      // The two navel oranges match 脐橙 equally well; neither is certified yet.
      const before = (await search({ q: "脐橙" })).products.map((p) => [p.handle, p.certified])
      expect(before).toEqual([["xunwu-navel-orange", false], ["gannan-navel-orange", false]])
      const admin = await adminHeaders(api)
      const gannan = published.find((p) => p.handle === "gannan-navel-orange")!
      const { origin } = (await api.get(`/admin/products/${gannan.id}/origin`, admin)).data
      // No real standard's entered range covers oranges, so this test enters a made-up one of its own.
      await api.post(
        "/admin/standards",
        {
          code: "TEST/T 0001-2026", edition: "2026", name_zh: "测试标准", name_en: "Test standard", source: "search test fixture, not a real standard",
          ranges: [{ category: "farm_product", min_mg_per_kg: 0.01, max_mg_per_kg: null }],
        },
        admin
      )
      const issuers = (await api.get("/admin/issuers", admin)).data.issuers as { id: string; name: string }[]
      await api.post(
        "/admin/certificates",
        {
          number: "GZSE-2026-9100", issuer_id: issuers.find((i) => i.name === "赣州市农产品质量安全检测中心")!.id, subject: "product",
          standard_code: "TEST/T 0001-2026", category: "farm_product", measured_mg_per_kg: 0.3,
          valid_from: "2026-01-01", valid_until: "2028-01-01",
          enterprise_id: origin.enterprise.id, product_id: gannan.id,
        },
        admin
      )
      const after = await eventually(async () => {
        const found = (await search({ q: "脐橙" })).products
        return found[0]?.certified ? found : undefined
      })
      expect(after.map((p) => [p.handle, p.certified])).toEqual([["gannan-navel-orange", true], ["xunwu-navel-orange", false]])
    })
  })

  describe("facets and filters", () => {
    it("lists everything for an empty query, certified first, and sorts by price", async () => {
      const all = await search({})
      expect(all.count).toBe(published.length)
      const firstUncertified = all.products.findIndex((p) => !p.certified)
      expect(all.products.slice(firstUncertified).every((p) => !p.certified)).toBe(true)
      const prices = (await search({ sort: "price_asc" })).products.map((p) => p.price_min ?? 0)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
    })

    it("counts brands as a tree: a regional brand includes its county brands' products", async () => {
      const { facets } = await search({ q: "茶" })
      const ankang = facets.brand.find((b) => b.handle === "ankang-selenium-tea")!
      const ziyang = ankang.children.find((b) => b.handle === "ziyang-selenium-tea")!
      expect(ziyang.count).toBe(2)
      expect(ankang.count).toBeGreaterThan(ziyang.count)
    })

    it("keeps facet counts right under combined filters, each facet ignoring only its own filter", async () => {
      const { data } = await api.get("/store/certified-products", store)
      const certified = new Set<string>(data.product_ids)
      const countyOf = (p: (typeof published)[number]) => String(p.metadata?.county ?? "")
      const inAnkang = published.filter((p) => p.metadata?.region === "ankang")

      const result = await search({ region: "ankang", county: "ziyang", certified: "1" })
      const expected = inAnkang.filter((p) => countyOf(p) === "ziyang" && certified.has(p.id))
      expect(result.count).toBe(expected.length)
      expect(result.products.every((p) => p.county === "ziyang" && p.certified)).toBe(true)
      // County facet: other Ankang counties with their certified products, ignoring the county filter.
      const pingli = inAnkang.filter((p) => countyOf(p) === "pingli" && certified.has(p.id)).length
      expect(result.facets.county.find((c) => c.value === "pingli")?.count ?? 0).toBe(pingli)
      // Certified facet: ziyang products whatever their badge.
      expect(result.facets.certified).toBe(expected.length)
      const ziyangAll = (await search({ region: "ankang", county: "ziyang" })).count
      expect(ziyangAll).toBeGreaterThanOrEqual(result.count)
    })

    it("filters by selenium and price ranges, the lower bound included and the upper one not, like the facet bands", async () => {
      const rich = await search({ se_min: "1" })
      expect(rich.count).toBe(published.filter((p) => Number(p.metadata?.selenium_mg_per_kg) >= 1).length)
      const cheap = await search({ price_max: "50" })
      expect(cheap.products.every((p) => (p.price_min ?? Infinity) < 50)).toBe(true)
      expect(cheap.facets.price.find((r) => r.key === "0-50")?.count).toBe(cheap.count)
    })
  })

  describe("suggestions", () => {
    it("suggests products, brands and counties while a shopper types, in characters or pinyin", async () => {
      for (const q of ["紫阳", "ziyang"]) {
        const { data } = await api.get(`/store/search-suggestions?q=${encodeURIComponent(q)}`, store)
        expect(data.products.map((p: { handle: string }) => p.handle)).toEqual(expect.arrayContaining(["ziyang-maojian-green-tea"]))
        expect(data.brands.map((b: { handle: string }) => b.handle)).toContain("ziyang-selenium-tea")
        expect(data.counties.map((c: { code: string }) => c.code)).toEqual(["ziyang"])
      }
      const english = await api.get("/store/search-suggestions?q=konjac", { headers: { ...store.headers, "x-medusa-locale": "en-US" } })
      expect(english.data.products[0].title).toMatch(/Konjac/)
      const tooLong = await expectFailure(api.get(`/store/search-suggestions?q=${"a".repeat(201)}`, store))
      expect(tooLong.status).toBe(400)
    })
  })

  describe("bad input", () => {
    it("refuses a query over 200 characters, unknown facets and malformed ranges, saying why", async () => {
      const cases: [Record<string, string>, string][] = [
        [{ q: "硒".repeat(201) }, "'q' too big, expected at most: '200'"],
        [{ colour: "red" }, "Unrecognized fields: 'colour'"],
        [{ se_min: "abc" }, "se_min must be a number"],
        [{ se_min: "2", se_max: "1" }, "se_min must not be greater than se_max"],
        [{ price_min: "-5" }, "price_min must be a number"],
        [{ sort: "cheapest" }, "'relevance, price_asc, price_desc, newest' for field 'sort'"],
        [{ page: "0" }, "page must be a whole number"],
      ]
      for (const [params, reason] of cases) {
        const failure = await expectFailure(api.get(`/store/product-search?${new URLSearchParams(params)}`, store))
        expect([failure.status, failure.data.message]).toEqual([400, expect.stringContaining(reason)])
      }
    })

    it("treats special characters and SQL fragments as plain text", async () => {
      for (const q of ["'; DROP TABLE product; --", "%_\\", "紫阳' OR 1=1 --", "<script>"]) {
        const result = await search({ q })
        expect(result.products.every((p) => typeof p.handle === "string")).toBe(true)
      }
      expect((await search({})).count).toBe(published.length)
    })
  })

  describe("indexing follows changes", () => {
    it("shows a new price through the admin API in the search results", async () => {
      const admin = await adminHeaders(api)
      const rice = published.find((p) => p.handle === "hanyin-selenium-rice")!
      const { data } = await api.get(`/admin/products/${rice.id}?fields=variants.id`, admin)
      for (const variant of data.product.variants as { id: string }[]) {
        await api.post(`/admin/products/${rice.id}/variants/${variant.id}`, { prices: [{ currency_code: "cny", amount: 7 }] }, admin)
      }
      const hit = await eventually(async () => {
        const found = (await search({ q: "汉阴富硒大米" })).products.find((p) => p.handle === "hanyin-selenium-rice")
        return found?.price_min === 7 ? found : undefined
      })
      expect(hit.price_min).toBe(7)
    })

    it("never shows a draft product, though the index holds it", async () => {
      const admin = await adminHeaders(api)
      const { data } = await api.post(
        "/admin/products",
        { title: "草稿富硒茶样品", status: "draft", options: [{ title: "规格", values: ["默认"] }], variants: [{ title: "默认", options: { 规格: "默认" }, prices: [{ currency_code: "cny", amount: 10 }] }] },
        admin
      )
      const index = getContainer().resolve(Modules.SEARCH) as { search: (q: object) => Promise<{ hits: { id: string }[] }> }
      await eventually(async () => {
        const { hits } = await index.search({ entity: "product", filters: { q: "草稿富硒茶样品" } })
        return hits.some((h) => h.id === data.product.id) ? true : undefined
      })
      expect((await search({ q: "草稿富硒茶样品" })).products.map((p) => p.id)).not.toContain(data.product.id)
    })

    it("drops the badge from search as soon as the certificate is revoked", async () => {
      const admin = await adminHeaders(api)
      const rice = published.find((p) => p.handle === "gannan-selenium-rice")!
      const { data } = await api.get(`/store/product-certifications?product_id=${rice.id}`, store)
      const certificate = data.certifications[0].certificate
      expect((await search({ q: "赣南富硒大米", certified: "1" })).products.map((p) => p.handle)).toContain("gannan-selenium-rice")
      await api.post(`/admin/certificates/${certificate.id}/revoke`, {}, admin)
      await eventually(async () => {
        const found = (await search({ q: "赣南富硒大米", certified: "1" })).products
        return found.some((p) => p.handle === "gannan-selenium-rice") ? undefined : true
      })
    })
  })
})
