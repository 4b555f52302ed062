import { catalogueFor, CATALOGUES } from "../../admin/i18n/catalogue"
import resources from "../../admin/i18n"

type Tree = { [key: string]: string | Tree }

/** Every leaf as `path → text`. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe("admin catalogue", () => {
  const en = leaves(CATALOGUES.en as unknown as Tree)
  const zh = leaves(CATALOGUES.zhCN as unknown as Tree)

  it("has the same keys in Simplified Chinese and English", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort())
    expect(en.size).toBeGreaterThan(200)
  })

  it("has no blank text in either language", () => {
    for (const [lang, texts] of [["en", en], ["zhCN", zh]] as const) {
      const blank = [...texts].filter(([, text]) => text.trim() === "").map(([path]) => path)
      expect({ lang, blank }).toEqual({ lang, blank: [] })
    }
  })

  it("uses the same placeholders in both languages", () => {
    const mismatched = [...en].filter(([path, text]) => placeholders(text).join() !== placeholders(zh.get(path) ?? "").join())
    expect(mismatched).toEqual([])
  })

  it("shows Chinese text to Chinese staff, not English", () => {
    const untranslated = [...en].filter(([path, text]) => zh.get(path) === text && /[a-z]{4,}/.test(text)).map(([path]) => path)
    expect(untranslated).toEqual([])
  })

  it("registers both languages with the dashboard under the seleno namespace", () => {
    expect(Object.keys(resources).sort()).toEqual(["en", "zhCN"])
    expect(resources.zhCN.seleno.nav.brands).toBe("品牌")
    expect(resources.en.seleno.nav.brands).toBe("Brands")
  })

  it("picks the catalogue for the dashboard's language, English for any other", () => {
    expect(catalogueFor("zhCN")).toBe(CATALOGUES.zhCN)
    expect(catalogueFor("zh-CN")).toBe(CATALOGUES.zhCN)
    expect(catalogueFor("en")).toBe(CATALOGUES.en)
    expect(catalogueFor("de")).toBe(CATALOGUES.en)
    expect(catalogueFor(undefined)).toBe(CATALOGUES.en)
  })
})
