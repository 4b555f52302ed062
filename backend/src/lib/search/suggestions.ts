import { REGIONS } from "@seleno/domain"
import { pinyinTokens } from "./analysis"

export interface NamedPlace { code: string; region: string; name: string; name_en: string }
export interface SuggestibleBrand { handle: string; name: string }

const MAX_EACH = 5

function matches(query: string, names: readonly string[]): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, "")
  if (!q) return false
  return names.some((name) => {
    const lower = name.toLowerCase()
    if (lower.replace(/\s+/g, "").includes(q)) return true
    // Pinyin: "ziyang" or "zy" for 紫阳.
    return pinyinTokens([name]).split(" ").some((token) => token.startsWith(q))
  })
}

/** Counties (and their regions) whose Chinese name, English name or pinyin matches the query. */
export function suggestCounties(query: string, english: boolean): NamedPlace[] {
  const places = REGIONS.flatMap((region) =>
    region.counties.map((county) => ({ code: county.code, region: region.code, zh: county.name.zh, en: county.name.en }))
  )
  return places
    .filter((p) => matches(query, [p.zh, p.en]))
    .slice(0, MAX_EACH)
    .map((p) => ({ code: p.code, region: p.region, name: english ? p.en : p.zh, name_en: p.en }))
}

/** Brands whose name (as shown) or its pinyin matches the query. */
export function suggestBrands(query: string, brands: readonly (SuggestibleBrand & { name_zh: string })[]): SuggestibleBrand[] {
  return brands
    .filter((b) => matches(query, [b.name, b.name_zh]))
    .slice(0, MAX_EACH)
    .map(({ handle, name }) => ({ handle, name }))
}
