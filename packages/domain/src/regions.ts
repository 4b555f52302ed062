import { COUNTY_ROWS, PREFECTURE_ROWS, PROVINCE_ROWS } from "./divisions.generated"

/**
 * Places: the county-level divisions of the provinces we serve (陕西省, 江西省, 湖北省; GB/T 2260,
 * generated from division data by scripts/generate-divisions.mjs into divisions.generated.ts), and
 * the selenium regions (prefectures named in the source plans, see shared/domain.md) among them.
 */
export interface County {
  /** The stored code: a slug for the counties of the first plans ("ziyang"), else the division code. */
  code: string
  /** GB/T 2260 code; null for a zone that is no division (恒口示范（试验）区). */
  division: string | null
  /** The prefecture's division code ("610900"). */
  prefecture: string
  name: { zh: string; en: string }
  /** The county's centre point, when the division data has one. */
  centre?: { latitude: number; longitude: number }
}

export interface Division {
  code: string
  name: { zh: string; en: string }
}

export interface Prefecture extends Division {
  province: string
}

export interface SeleniumRegion {
  code: string
  /** The prefecture's division code. */
  prefecture: string
  name: { zh: string; en: string }
  province: { zh: string; en: string }
  tagline: { zh: string; en: string }
  counties: County[]
}

/**
 * The codes stored before the full division list existed (databases hold them): kept as the
 * counties' codes, mapped onto their division codes. Never change or remove an entry.
 */
export const LEGACY_COUNTY_CODES: Readonly<Record<string, string>> = {
  "610902": "hanbin",
  "610921": "hanyin",
  "610922": "shiquan",
  "610923": "ningshan",
  "610924": "ziyang",
  "610925": "langao",
  "610926": "pingli",
  "610927": "zhenping",
  "610981": "xunyang",
  "610929": "baihe",
  "360731": "yudu",
  "360704": "ganxian",
  "360732": "xingguo",
  "360730": "ningdu",
  "360722": "xinfeng",
  "360734": "xunwu",
  "360724": "shangyou",
  "360703": "nankang",
  "360726": "anyuan",
  "360733": "huichang",
  "360781": "ruijin",
  "360783": "longnan",
  "360729": "quannan",
  "360728": "dingnan",
  "360725": "chongyi",
  "360702": "zhanggong",
  "360723": "dayu",
  "360735": "shicheng",
  "422801": "enshi",
  "422802": "lichuan",
}

export const PROVINCES: readonly Division[] = PROVINCE_ROWS.map((p) => ({ code: p.code, name: { zh: p.zh, en: p.en } }))
export const PREFECTURES: readonly Prefecture[] = PREFECTURE_ROWS.map((p) => ({ code: p.code, province: p.province, name: { zh: p.zh, en: p.en } }))

/** 恒口示范（试验）区 is an Ankang planning zone inside 汉滨区, named in the plans but no division. */
/** The placeholder prefecture of counties a province administers directly (湖北省直辖). */
const PROVINCE_ADMINISTERED = "429000"

const HENGKOU: County = { code: "hengkou", division: null, prefecture: "610900", name: { zh: "恒口示范（试验）区", en: "Hengkou" } }

/** Every county we serve, in division order (恒口 after Ankang's divisions). */
export const COUNTIES: readonly County[] = COUNTY_ROWS.flatMap((row) => {
  const county: County = {
    code: LEGACY_COUNTY_CODES[row.code] ?? row.code,
    division: row.code,
    prefecture: row.prefecture,
    name: { zh: row.zh, en: row.en },
    ...(row.lat !== undefined && row.lng !== undefined ? { centre: { latitude: row.lat, longitude: row.lng } } : {}),
  }
  return row.code === "610981" ? [county, HENGKOU] : [county]
})

const countiesOf = (prefecture: string) => COUNTIES.filter((c) => c.prefecture === prefecture)

export const REGIONS: readonly SeleniumRegion[] = [
  {
    code: "ankang",
    prefecture: "610900",
    name: { zh: "安康市", en: "Ankang" },
    province: { zh: "陕西省", en: "Shaanxi" },
    tagline: { zh: "中国硒谷", en: "China Selenium Valley" },
    counties: countiesOf("610900"),
  },
  {
    code: "ganzhou",
    prefecture: "360700",
    name: { zh: "赣州市", en: "Ganzhou" },
    province: { zh: "江西省", en: "Jiangxi" },
    tagline: { zh: "世界生态硒地", en: "World ecological selenium land" },
    counties: countiesOf("360700"),
  },
  {
    code: "enshi",
    prefecture: "422800",
    name: { zh: "恩施州", en: "Enshi" },
    province: { zh: "湖北省", en: "Hubei" },
    tagline: { zh: "世界硒都", en: "World Selenium Capital" },
    counties: countiesOf("422800"),
  },
]

export function findRegion(code: string): SeleniumRegion | undefined {
  return REGIONS.find((r) => r.code === code)
}

export interface CountyPlace {
  county: County
  prefecture: Prefecture
  province: Division
  /** The selenium region the county lies in, if any. */
  region: SeleniumRegion | undefined
}

const PLACES = new Map<string, CountyPlace>(
  COUNTIES.map((county) => {
    const prefecture = PREFECTURES.find((p) => p.code === county.prefecture)!
    const province = PROVINCES.find((p) => p.code === prefecture.province)!
    return [county.code, { county, prefecture, province, region: REGIONS.find((r) => r.prefecture === county.prefecture) }]
  })
)
const BY_DIVISION = new Map(COUNTIES.filter((c) => c.division).map((c) => [c.division!, c]))

/** A county by its stored code (a legacy slug such as "ziyang", or a division code such as "422822"). */
export function findCounty(code: string): CountyPlace | undefined {
  return PLACES.get(code)
}

/**
 * The city a county belongs to, for addresses and captions: its prefecture, or for a county the
 * province administers directly (仙桃市, 神农架林区) the county itself.
 */
export function placeCity(place: CountyPlace, lang: "zh" | "en"): string {
  return place.prefecture.code === PROVINCE_ADMINISTERED ? place.county.name[lang] : place.prefecture.name[lang]
}

/** A county by its GB/T 2260 division code, whatever its stored code. */
export function countyByDivision(division: string): County | undefined {
  return BY_DIVISION.get(division)
}

/** A picker entry: the stored code and the name shown in the viewer's language. */
export interface RegionOption {
  value: string
  label: string
}

/** Every region as a picker option, named in `lang` ("zh" or "en"), in the order of REGIONS. */
export function regionOptions(lang: "zh" | "en"): RegionOption[] {
  return REGIONS.map((r) => ({ value: r.code, label: r.name[lang] }))
}

/** Every county we serve: the selenium regions' first (in REGIONS order), then the rest in division order. */
function pickableCounties(): CountyPlace[] {
  const places = [...PLACES.values()]
  const rank = (p: CountyPlace) => (p.region ? REGIONS.indexOf(p.region) : REGIONS.length)
  return places.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p)
}

/**
 * The counties of one region as picker options; with no region (or an unknown one) every county
 * of the provinces we serve, prefixed with its prefecture's name so two counties cannot be confused.
 */
export function countyOptions(regionCode: string | null | undefined, lang: "zh" | "en"): RegionOption[] {
  const region = regionCode ? findRegion(regionCode) : undefined
  if (region) return region.counties.map((c) => ({ value: c.code, label: c.name[lang] }))
  return pickableCounties().map((p) => ({ value: p.county.code, label: `${p.prefecture.name[lang]} · ${p.county.name[lang]}` }))
}

/** Every county as a picker option grouped by province and prefecture ("陕西省 · 安康市"). */
export function countyChoices(lang: "zh" | "en"): (RegionOption & { group: string })[] {
  return pickableCounties().map((p) => ({
    value: p.county.code,
    label: p.county.name[lang],
    group: `${p.province.name[lang]} · ${p.prefecture.name[lang]}`,
  }))
}

/** A region or county code's name in `lang`, or the code itself when it is not in REGIONS. */
export function placeName(code: string, lang: "zh" | "en"): string {
  return findRegion(code)?.name[lang] ?? findCounty(code)?.county.name[lang] ?? code
}
