/** The brand system from the plans: regional public brand → county brand / GI → enterprise brand. */
export type BrandLevel = "regional" | "county" | "enterprise"
export type MarkType = "gi_certification_mark" | "collective_mark" | "trademark" | "gi_filed"

export interface BrandSeed {
  handle: string
  name: { zh: string; en: string }
  level: BrandLevel
  parent?: string
  region: string
  counties: string[]
  markType: MarkType
}

export const BRANDS: readonly BrandSeed[] = [
  { handle: "ankang-selenium-tea", name: { zh: "安康富硒茶", en: "Ankang Selenium-rich Tea" }, level: "regional", region: "ankang", counties: [], markType: "gi_certification_mark" },
  { handle: "ankang-selenium-water", name: { zh: "安康硒水", en: "Ankang Selenium Water" }, level: "regional", region: "ankang", counties: [], markType: "trademark" },
  { handle: "ankang-konjac", name: { zh: "安康魔芋", en: "Ankang Konjac" }, level: "regional", region: "ankang", counties: [], markType: "trademark" },
  { handle: "ankang-han-river-fish", name: { zh: "安康汉水鱼", en: "Ankang Han River Fish" }, level: "regional", region: "ankang", counties: [], markType: "collective_mark" },
  { handle: "ankang-forest-pork", name: { zh: "安康林下猪", en: "Ankang Forest Pork" }, level: "regional", region: "ankang", counties: [], markType: "collective_mark" },
  { handle: "ankang-walnut", name: { zh: "安康核桃", en: "Ankang Walnut" }, level: "regional", region: "ankang", counties: [], markType: "gi_filed" },
  { handle: "ziyang-selenium-tea", name: { zh: "紫阳富硒茶", en: "Ziyang Selenium-rich Tea" }, level: "county", parent: "ankang-selenium-tea", region: "ankang", counties: ["ziyang"], markType: "trademark" },
  { handle: "langao-konjac", name: { zh: "岚皋魔芋", en: "Langao Konjac" }, level: "county", parent: "ankang-konjac", region: "ankang", counties: ["langao"], markType: "trademark" },
  { handle: "pingli-jiaogulan", name: { zh: "平利绞股蓝", en: "Pingli Jiaogulan" }, level: "county", region: "ankang", counties: ["pingli"], markType: "trademark" },
  { handle: "hanyin-selenium-rice", name: { zh: "汉阴富硒大米", en: "Hanyin Selenium-rich Rice" }, level: "county", region: "ankang", counties: ["hanyin"], markType: "trademark" },
  { handle: "zhenping-cured-pork", name: { zh: "镇坪腊肉", en: "Zhenping Cured Pork" }, level: "county", parent: "ankang-forest-pork", region: "ankang", counties: ["zhenping"], markType: "trademark" },
  { handle: "xunyang-raisin-tree-fruit", name: { zh: "旬阳拐枣", en: "Xunyang Raisin-tree Fruit" }, level: "county", region: "ankang", counties: ["xunyang"], markType: "trademark" },
  { handle: "ningshan-shiitake", name: { zh: "宁陕香菇", en: "Ningshan Shiitake" }, level: "county", region: "ankang", counties: ["ningshan"], markType: "trademark" },
  { handle: "gannan-selenium", name: { zh: "赣南富硒", en: "Gannan Selenium-rich" }, level: "regional", region: "ganzhou", counties: [], markType: "trademark" },
  { handle: "enshi-selenium-tea", name: { zh: "恩施硒茶", en: "Enshi Selenium Tea" }, level: "regional", region: "enshi", counties: [], markType: "gi_certification_mark" },
]
