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
  story?: { zh: string; en: string }
}

export const BRANDS: readonly BrandSeed[] = [
  { handle: "ankang-selenium-tea", name: { zh: "安康富硒茶", en: "Ankang Selenium-rich Tea" }, level: "regional", region: "ankang", counties: [], markType: "gi_certification_mark", story: { zh: "安康富硒茶是国家地理标志证明商标，2020 年位列中国茶叶区域公用品牌第 20 位，产自“中国硒谷”安康的高山茶园。", en: "Ankang Selenium-rich Tea is a registered geographical-indication certification mark, ranked 20th among China’s regional tea brands in 2020, grown in the mountain gardens of Ankang, “China Selenium Valley”." } },
  { handle: "ankang-selenium-water", name: { zh: "安康硒水", en: "Ankang Selenium Water" }, level: "regional", region: "ankang", counties: [], markType: "trademark" },
  { handle: "ankang-konjac", name: { zh: "安康魔芋", en: "Ankang Konjac" }, level: "regional", region: "ankang", counties: [], markType: "trademark", story: { zh: "安康是中国魔芋主产区，岚皋等县是安康魔芋的核心产区。", en: "Ankang is one of China’s main konjac regions, with Langao and neighbouring counties at its core." } },
  { handle: "ankang-han-river-fish", name: { zh: "安康汉水鱼", en: "Ankang Han River Fish" }, level: "regional", region: "ankang", counties: [], markType: "collective_mark", story: { zh: "安康汉水鱼于 2020 年注册为集体商标，来自汉江及其水库的生态养殖。", en: "Ankang Han River Fish became a collective mark in 2020: fish raised ecologically in the Han River and its reservoirs." } },
  { handle: "ankang-forest-pork", name: { zh: "安康林下猪", en: "Ankang Forest Pork" }, level: "regional", region: "ankang", counties: [], markType: "collective_mark", story: { zh: "安康林下猪为集体商标，生猪在林下散养。", en: "Ankang Forest Pork is a collective mark for pigs raised free under the forest canopy." } },
  { handle: "ankang-walnut", name: { zh: "安康核桃", en: "Ankang Walnut" }, level: "regional", region: "ankang", counties: [], markType: "gi_filed", story: { zh: "安康核桃已提出地理标志申请。", en: "A geographical-indication registration has been filed for Ankang Walnut." } },
  { handle: "ziyang-selenium-tea", name: { zh: "紫阳富硒茶", en: "Ziyang Selenium-rich Tea" }, level: "county", parent: "ankang-selenium-tea", region: "ankang", counties: ["ziyang"], markType: "trademark", story: { zh: "紫阳富硒茶为中国驰名商标；1980 年我国在紫阳县首次发现富硒土壤资源。", en: "Ziyang Selenium-rich Tea is a well-known Chinese trademark; China first found selenium-rich soil in Ziyang county in 1980." } },
  { handle: "langao-konjac", name: { zh: "岚皋魔芋", en: "Langao Konjac" }, level: "county", parent: "ankang-konjac", region: "ankang", counties: ["langao"], markType: "trademark", story: { zh: "岚皋被誉为“中国富硒魔芋之乡”。", en: "Langao is known as “China’s home of selenium-rich konjac”." } },
  { handle: "pingli-jiaogulan", name: { zh: "平利绞股蓝", en: "Pingli Jiaogulan" }, level: "county", region: "ankang", counties: ["pingli"], markType: "trademark", story: { zh: "平利绞股蓝为中国驰名商标。", en: "Pingli Jiaogulan is a well-known Chinese trademark." } },
  { handle: "hanyin-selenium-rice", name: { zh: "汉阴富硒大米", en: "Hanyin Selenium-rich Rice" }, level: "county", region: "ankang", counties: ["hanyin"], markType: "trademark" },
  { handle: "zhenping-cured-pork", name: { zh: "镇坪腊肉", en: "Zhenping Cured Pork" }, level: "county", parent: "ankang-forest-pork", region: "ankang", counties: ["zhenping"], markType: "trademark" },
  { handle: "xunyang-raisin-tree-fruit", name: { zh: "旬阳拐枣", en: "Xunyang Raisin-tree Fruit" }, level: "county", region: "ankang", counties: ["xunyang"], markType: "trademark" },
  { handle: "ningshan-shiitake", name: { zh: "宁陕香菇", en: "Ningshan Shiitake" }, level: "county", region: "ankang", counties: ["ningshan"], markType: "trademark" },
  { handle: "gannan-selenium", name: { zh: "赣南富硒", en: "Gannan Selenium-rich" }, level: "regional", region: "ganzhou", counties: [], markType: "trademark", story: { zh: "赣州被称为“世界生态硒地”，“赣南富硒”覆盖脐橙、蔬菜、水稻、高山茶、禽蛋五大产业。", en: "Ganzhou calls itself the “world ecological selenium land”; Gannan Selenium-rich covers five industries: navel oranges, vegetables, rice, alpine tea and eggs." } },
  { handle: "enshi-selenium-tea", name: { zh: "恩施硒茶", en: "Enshi Selenium Tea" }, level: "regional", region: "enshi", counties: [], markType: "gi_certification_mark", story: { zh: "恩施硒茶是由恩施茶产业协会持有的地理标志证明商标，旗下有恩施玉露、利川红等企业品牌。", en: "Enshi Selenium Tea is a geographical-indication certification mark held by the Enshi tea industry association, with sub-brands such as Enshi Yulu and Lichuan Red." } },
]
