import { REGIONS } from "@seleno/domain"
import { chineseGrams, pinyinTokens, splitChinese, synonymTerms } from "./analysis"

/** Product kinds the benchmark catalogue is made of: Chinese and English names, category, selenium band, price band. */
const KINDS = [
  { zh: "富硒绿茶", en: "Selenium-rich Green Tea", category: "tea", se: [0.3, 2], price: [68, 388] },
  { zh: "富硒红茶", en: "Selenium-rich Black Tea", category: "tea", se: [0.3, 1.5], price: [58, 298] },
  { zh: "魔芋挂面", en: "Konjac Noodles", category: "konjac", se: [0.05, 0.3], price: [19, 69] },
  { zh: "魔芋精粉", en: "Konjac Flour", category: "konjac", se: [0.05, 0.3], price: [29, 99] },
  { zh: "富硒大米", en: "Selenium-rich Rice", category: "grain", se: [0.04, 0.3], price: [39, 129] },
  { zh: "富硒脐橙", en: "Selenium-rich Navel Oranges", category: "fruit", se: [0.01, 0.05], price: [49, 159] },
  { zh: "土鸡蛋", en: "Free-range Eggs", category: "eggs", se: [0.1, 0.5], price: [29, 89] },
  { zh: "腊肉", en: "Cured Pork", category: "pork", se: [0.1, 0.4], price: [79, 269] },
  { zh: "核桃", en: "Walnuts", category: "nuts", se: [0.05, 0.2], price: [39, 139] },
  { zh: "椴木香菇", en: "Log-grown Shiitake", category: "fungi", se: [0.2, 0.8], price: [35, 120] },
] as const

const BRANDS = ["ankang-selenium-tea", "ziyang-selenium-tea", "langao-konjac", "gannan-selenium", "enshi-selenium-tea"]

/** A small deterministic generator, so every run indexes the same catalogue. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * `count` realistic product documents for the benchmark, shaped like the index's own documents
 * (ids "bench_…", so they can be removed afterwards) and sold in `salesChannelIds`.
 */
export function benchDocuments(count: number, salesChannelIds: string[], seed = 42) {
  const next = random(seed)
  const counties = REGIONS.flatMap((region) => region.counties.map((county) => ({ region, county })))
  const docs = []
  for (let i = 0; i < count; i++) {
    const kind = KINDS[Math.floor(next() * KINDS.length)]!
    const { region, county } = counties[Math.floor(next() * counties.length)]!
    const title = `${county.name.zh.replace(/[县区市]$/, "")}${kind.zh}${i % 97 === 0 ? "礼盒" : ""}`
    const se = Math.round((kind.se[0] + next() * (kind.se[1] - kind.se[0])) * 100) / 100
    const price = Math.round(kind.price[0] + next() * (kind.price[1] - kind.price[0]))
    const brand = BRANDS[Math.floor(next() * BRANDS.length)]!
    docs.push({
      id: `bench_${String(i).padStart(7, "0")}`,
      handle: `bench-${i}`,
      status: "published",
      sales_channel_ids: salesChannelIds,
      title,
      title_en: `${county.name.en} ${kind.en}`,
      title_grams: chineseGrams([title]),
      description: `${region.name.zh}${county.name.zh}出产的${kind.zh}，硒含量 ${se} mg/kg。`,
      brand,
      brand_path: brand === "ziyang-selenium-tea" ? ["ankang-selenium-tea", brand] : [brand],
      region: region.code,
      county: county.code,
      place_names: `${county.name.zh} ${county.name.en} ${region.name.zh} ${region.name.en}`,
      names_grams: chineseGrams([county.name.zh, region.name.zh]),
      pinyin: pinyinTokens([title, county.name.zh]),
      categories: [kind.category],
      synonyms: splitChinese(synonymTerms([title, kind.en]).join(" ")),
      certified_until: next() < 0.8 ? "2027-12-31T15:59:59.000Z" : undefined,
      selenium_mg_per_kg: se,
      price_min: price,
      price_max: price + (next() < 0.3 ? 50 : 0),
      in_stock: next() < 0.9,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })
  }
  return docs
}
