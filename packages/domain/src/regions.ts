/** Selenium-rich regions and their counties, as named in the source plans (see shared/domain.md). */
export interface County {
  code: string
  name: { zh: string; en: string }
}

export interface SeleniumRegion {
  code: string
  name: { zh: string; en: string }
  province: { zh: string; en: string }
  tagline: { zh: string; en: string }
  counties: County[]
}

const county = (code: string, zh: string, en: string): County => ({ code, name: { zh, en } })

export const REGIONS: readonly SeleniumRegion[] = [
  {
    code: "ankang",
    name: { zh: "安康市", en: "Ankang" },
    province: { zh: "陕西省", en: "Shaanxi" },
    tagline: { zh: "中国硒谷", en: "China Selenium Valley" },
    counties: [
      county("hanbin", "汉滨区", "Hanbin"),
      county("hanyin", "汉阴县", "Hanyin"),
      county("shiquan", "石泉县", "Shiquan"),
      county("ningshan", "宁陕县", "Ningshan"),
      county("ziyang", "紫阳县", "Ziyang"),
      county("langao", "岚皋县", "Langao"),
      county("pingli", "平利县", "Pingli"),
      county("zhenping", "镇坪县", "Zhenping"),
      county("xunyang", "旬阳市", "Xunyang"),
      county("baihe", "白河县", "Baihe"),
      county("hengkou", "恒口示范（试验）区", "Hengkou"),
    ],
  },
  {
    code: "ganzhou",
    name: { zh: "赣州市", en: "Ganzhou" },
    province: { zh: "江西省", en: "Jiangxi" },
    tagline: { zh: "世界生态硒地", en: "World ecological selenium land" },
    counties: [
      county("yudu", "于都县", "Yudu"),
      county("ganxian", "赣县区", "Ganxian"),
      county("xingguo", "兴国县", "Xingguo"),
      county("ningdu", "宁都县", "Ningdu"),
      county("xinfeng", "信丰县", "Xinfeng"),
      county("xunwu", "寻乌县", "Xunwu"),
      county("shangyou", "上犹县", "Shangyou"),
      county("nankang", "南康区", "Nankang"),
      county("anyuan", "安远县", "Anyuan"),
      county("huichang", "会昌县", "Huichang"),
      county("ruijin", "瑞金市", "Ruijin"),
      county("longnan", "龙南市", "Longnan"),
      county("quannan", "全南县", "Quannan"),
      county("dingnan", "定南县", "Dingnan"),
      county("chongyi", "崇义县", "Chongyi"),
      county("zhanggong", "章贡区", "Zhanggong"),
      county("dayu", "大余县", "Dayu"),
      county("shicheng", "石城县", "Shicheng"),
    ],
  },
  {
    code: "enshi",
    name: { zh: "恩施州", en: "Enshi" },
    province: { zh: "湖北省", en: "Hubei" },
    tagline: { zh: "世界硒都", en: "World Selenium Capital" },
    counties: [county("enshi", "恩施市", "Enshi City"), county("lichuan", "利川市", "Lichuan")],
  },
]

export function findRegion(code: string): SeleniumRegion | undefined {
  return REGIONS.find((r) => r.code === code)
}

export function findCounty(code: string): { region: SeleniumRegion; county: County } | undefined {
  for (const region of REGIONS) {
    const found = region.counties.find((c) => c.code === code)
    if (found) return { region, county: found }
  }
  return undefined
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

/**
 * The counties of one region as picker options; with no region (or an unknown one) every county,
 * prefixed with its region's name so two regions' counties cannot be confused.
 */
export function countyOptions(regionCode: string | null | undefined, lang: "zh" | "en"): RegionOption[] {
  const region = regionCode ? findRegion(regionCode) : undefined
  if (region) return region.counties.map((c) => ({ value: c.code, label: c.name[lang] }))
  return REGIONS.flatMap((r) => r.counties.map((c) => ({ value: c.code, label: `${r.name[lang]} · ${c.name[lang]}` })))
}

/** A region or county code's name in `lang`, or the code itself when it is not in REGIONS. */
export function placeName(code: string, lang: "zh" | "en"): string {
  return findRegion(code)?.name[lang] ?? findCounty(code)?.county.name[lang] ?? code
}
