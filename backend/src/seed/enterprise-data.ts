import { creditCodeCheckCharacter } from "@seleno/domain"
import type { Bilingual } from "./catalogue-data"

export interface SeedEnterprise {
  handle: string
  name: Bilingual
  kind: "company" | "cooperative" | "family_farm"
  county: string
  /** The first 17 characters of the credit code; the check character is computed. */
  creditStem: string
  base: { name: Bilingual; county: string; location: string; areaMu: number }
  /** Brand handles with the product categories the authorization covers; none for the demo enterprise without one. */
  authorizations: { brand: string; categories: string[] }[]
  products: string[]
}

export const creditCode = (stem: string): string => stem + creditCodeCheckCharacter(stem)

const e = (
  handle: string,
  zh: string,
  en: string,
  kind: SeedEnterprise["kind"],
  county: string,
  creditStem: string,
  base: [string, string, string, number],
  authorizations: [string, string[]][],
  products: string[]
): SeedEnterprise => ({
  handle,
  name: { zh, en },
  kind,
  county,
  creditStem,
  base: { name: { zh: base[0], en: base[1] }, county, location: base[2], areaMu: base[3] },
  authorizations: authorizations.map(([brand, categories]) => ({ brand, categories })),
  products,
})

/** Demo enterprises (invented names, real counties and division codes) owning the seeded products. */
export const SEED_ENTERPRISES: SeedEnterprise[] = [
  e("ziyang-selenium-tea-co", "紫阳县富硒茶业有限公司", "Ziyang Selenium Tea Co., Ltd.", "company", "ziyang", "91610924MA6YYT01A", ["向阳镇高山茶园基地", "Xiangyang mountain tea garden", "紫阳县向阳镇", 1200], [["ziyang-selenium-tea", ["tea"]], ["ankang-selenium-tea", ["tea"]]], ["ziyang-maojian-green-tea", "ziyang-cuifeng-tea"]),
  e("pingli-nvwa-tea-coop", "平利县女娲山茶叶专业合作社", "Pingli Nüwa Mountain Tea Cooperative", "cooperative", "pingli", "93610926MA6YPL02B", ["女娲山茶园基地", "Nüwa mountain tea garden", "平利县老县镇", 800], [["ankang-selenium-tea", ["tea"]], ["pingli-jiaogulan", ["herbal"]]], ["pingli-nvwa-tea", "pingli-jiaogulan"]),
  e("hanbin-selenium-foods", "安康市汉滨区富硒食品有限公司", "Hanbin Selenium Foods Co., Ltd.", "company", "hanbin", "91610902MA6YHB03C", ["瀛湖生态养殖与茶园基地", "Yinghu farm and tea garden", "汉滨区瀛湖镇", 2600], [["ankang-selenium-tea", ["tea"]], ["ankang-selenium-water", ["water"]], ["ankang-han-river-fish", ["fish"]], ["ankang-forest-pork", ["pork"]], ["ankang-konjac", ["konjac"]]], ["ankang-selenium-black-tea", "ankang-selenium-water", "hanjiang-bighead-carp", "ankang-smoked-fish", "ankang-forest-pork", "ankang-konjac-rice"]),
  e("langao-konjac-coop", "岚皋县魔芋专业合作社", "Langao Konjac Cooperative", "cooperative", "langao", "93610925MA6YLG04D", ["佐龙镇魔芋种植基地", "Zuolong konjac fields", "岚皋县佐龙镇", 1500], [["langao-konjac", ["konjac"]], ["ankang-konjac", ["konjac"]]], ["langao-konjac-noodles", "langao-konjac-flour"]),
  e("zhenping-li-family-farm", "镇坪县李家腊肉家庭农场", "Li Family Farm, Zhenping", "family_farm", "zhenping", "92610927MA6YYP05E", ["曾家镇林下养殖场", "Zengjia forest pig farm", "镇坪县曾家镇", 300], [["zhenping-cured-pork", ["pork"]]], ["zhenping-cured-pork"]),
  e("hanyin-fengyan-rice", "汉阴县凤堰富硒米业有限公司", "Hanyin Fengyan Selenium Rice Co., Ltd.", "company", "hanyin", "91610921MA6YHY06F", ["凤堰古梯田基地", "Fengyan terraces", "汉阴县漩涡镇", 3000], [["hanyin-selenium-rice", ["grain"]]], ["hanyin-selenium-rice"]),
  e("shiquan-walnut-coop", "石泉县核桃专业合作社", "Shiquan Walnut Cooperative", "cooperative", "shiquan", "93610922MA6YHQ07G", ["后柳镇核桃园", "Houliu walnut orchard", "石泉县后柳镇", 900], [["ankang-walnut", ["nuts"]]], ["ankang-walnuts"]),
  // Holds no brand authorization: the demo of a producer that may not use a regional brand.
  e("xunyang-raisin-tree-farm", "旬阳市拐枣家庭农场", "Xunyang Raisin-tree Family Farm", "family_farm", "xunyang", "92610981MA6YXY08H", ["蜀河镇拐枣园", "Shuhe raisin-tree orchard", "旬阳市蜀河镇", 200], [], ["xunyang-raisin-tree-fruit"]),
  e("ningshan-shiitake-coop", "宁陕县香菇专业合作社", "Ningshan Shiitake Cooperative", "cooperative", "ningshan", "93610923MA6YNH09J", ["筒车湾镇椴木香菇基地", "Tongchewan log-grown shiitake base", "宁陕县筒车湾镇", 150], [["ningshan-shiitake", ["fungi"]]], ["ningshan-shiitake"]),
  e("xinfeng-navel-orange-co", "信丰县富硒脐橙有限公司", "Xinfeng Selenium Navel Orange Co., Ltd.", "company", "xinfeng", "91360722MA3XF010K", ["安西镇脐橙果园", "Anxi navel orange orchard", "信丰县安西镇", 2200], [["gannan-selenium", ["fruit"]]], ["gannan-navel-orange"]),
  e("xunwu-navel-orange-coop", "寻乌县脐橙专业合作社", "Xunwu Navel Orange Cooperative", "cooperative", "xunwu", "93360734MA3XW011L", ["澄江镇脐橙果园", "Chengjiang navel orange orchard", "寻乌县澄江镇", 1800], [["gannan-selenium", ["fruit"]]], ["xunwu-navel-orange"]),
  e("yudu-selenium-rice-co", "于都县富硒米业有限公司", "Yudu Selenium Rice Co., Ltd.", "company", "yudu", "91360731MA3YD012M", ["梓山镇富硒稻田", "Zishan selenium-rich paddies", "于都县梓山镇", 2500], [["gannan-selenium", ["grain"]]], ["gannan-selenium-rice"]),
  e("ningdu-free-range-farm", "宁都县林下土鸡家庭农场", "Ningdu Free-range Hen Farm", "family_farm", "ningdu", "92360730MA3ND013N", ["黄陂镇林下养鸡场", "Huangpi woodland hen farm", "宁都县黄陂镇", 120], [["gannan-selenium", ["eggs"]]], ["gannan-free-range-eggs"]),
  e("shangyou-alpine-tea-co", "上犹县高山茶业有限公司", "Shangyou Alpine Tea Co., Ltd.", "company", "shangyou", "91360724MA3HY014P", ["五指峰高山茶园", "Wuzhifeng alpine tea garden", "上犹县五指峰乡", 700], [["gannan-selenium", ["tea"]]], ["shangyou-alpine-tea"]),
  e("enshi-yulu-tea-co", "恩施市玉露茶业有限公司", "Enshi Yulu Tea Co., Ltd.", "company", "enshi", "91422801MA4EH015Q", ["芭蕉侗族乡茶园", "Bajiao tea gardens", "恩施市芭蕉侗族乡", 1600], [["enshi-selenium-tea", ["tea"]]], ["enshi-yulu-tea", "enshi-green-brick-tea"]),
  e("lichuan-red-tea-co", "利川市红茶有限公司", "Lichuan Red Tea Co., Ltd.", "company", "lichuan", "91422802MA4LC016R", ["毛坝镇高山茶园", "Maoba mountain tea garden", "利川市毛坝镇", 1100], [["enshi-selenium-tea", ["tea"]]], ["lichuan-black-tea"]),
]
