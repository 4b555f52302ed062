/**
 * The seeded catalogue: real products of the seed regions' industries (shared/domain.md).
 * Titles and descriptions are Chinese; English goes through the Translation Module.
 * Selenium contents are typical figures inside each category's standard, for demonstration, and
 * only products a certificate covers state one or use a selenium word (富硒, 硒, selenium) in their
 * title or description: the claim rule (@seleno/domain certification/claims), which the seed must pass.
 */
export interface Bilingual {
  zh: string
  en: string
}

export interface SeedCategory {
  handle: string
  name: Bilingual
  description: Bilingual
  /** Background colour of the generated product images. */
  colour: string
}

export interface SeedVariant {
  label: Bilingual
  price: number
  stock: number
}

export interface SeedProduct {
  handle: string
  title: Bilingual
  description: Bilingual
  category: string
  region: string
  county: string
  /** Absent for a product sold without a regional or county brand. */
  brand?: string
  /** The stated selenium content; only for products a certificate covers (the claim rule). */
  seleniumMgPerKg?: number
  servingGrams: number
  variants: SeedVariant[]
}

export const SEED_CATEGORIES: SeedCategory[] = [
  { handle: "tea", name: { zh: "茶叶", en: "Tea" }, description: { zh: "紫阳、平利、恩施、赣南高山的绿茶与红茶", en: "Green and black teas from Ziyang, Pingli, Enshi and the Gannan mountains" }, colour: "#2f6b3f" },
  { handle: "herbal", name: { zh: "药食同源", en: "Herbal" }, description: { zh: "绞股蓝等秦巴山区药食同源产品", en: "Jiaogulan and other herbal products of the Qinba mountains" }, colour: "#4d6b1f" },
  { handle: "water", name: { zh: "饮用水", en: "Drinking water" }, description: { zh: "安康天然饮用水", en: "Natural drinking water from Ankang" }, colour: "#1f5f8b" },
  { handle: "konjac", name: { zh: "魔芋", en: "Konjac" }, description: { zh: "岚皋与安康的魔芋制品", en: "Konjac foods from Langao and Ankang" }, colour: "#6a4c93" },
  { handle: "fish", name: { zh: "汉水鱼", en: "Han River fish" }, description: { zh: "汉江水库生态养殖的鲜鱼与熏鱼", en: "Fresh and smoked fish from the Han River reservoirs" }, colour: "#1d6370" },
  { handle: "pork", name: { zh: "林下猪肉", en: "Forest pork" }, description: { zh: "安康林下散养猪肉与镇坪腊肉", en: "Forest-raised pork from Ankang and Zhenping cured pork" }, colour: "#8c3b30" },
  { handle: "nuts", name: { zh: "核桃干果", en: "Walnuts and dried fruit" }, description: { zh: "安康核桃与旬阳拐枣", en: "Ankang walnuts and Xunyang raisin-tree fruit" }, colour: "#7a5a2e" },
  { handle: "fruit", name: { zh: "脐橙水果", en: "Navel oranges and fruit" }, description: { zh: "赣南脐橙", en: "Navel oranges from southern Jiangxi" }, colour: "#b5541a" },
  { handle: "grain", name: { zh: "大米", en: "Rice" }, description: { zh: "汉阴与赣南的大米", en: "Rice from Hanyin and Gannan" }, colour: "#8a6d1c" },
  { handle: "eggs", name: { zh: "禽蛋", en: "Eggs" }, description: { zh: "赣南林下散养土鸡蛋", en: "Free-range eggs from Gannan" }, colour: "#9a6b12" },
  { handle: "fungi", name: { zh: "菌菇", en: "Mushrooms" }, description: { zh: "宁陕椴木香菇", en: "Log-grown shiitake from Ningshan" }, colour: "#5c4a3a" },
]

const v = (zh: string, en: string, price: number, stock: number): SeedVariant => ({ label: { zh, en }, price, stock })

export const SEED_PRODUCTS: SeedProduct[] = [
  {
    handle: "ziyang-maojian-green-tea",
    title: { zh: "紫阳毛尖富硒绿茶", en: "Ziyang Maojian Selenium-rich Green Tea" },
    description: { zh: "紫阳县高山茶园明前采摘，条索紧细、汤色嫩绿，是“紫阳富硒茶”的代表品类。", en: "Picked before Qingming in Ziyang's mountain gardens: tight, fine leaves and a bright green liquor, the signature of Ziyang selenium-rich tea." },
    category: "tea", region: "ankang", county: "ziyang", brand: "ziyang-selenium-tea", seleniumMgPerKg: 1.2, servingGrams: 3,
    variants: [v("125克罐装", "125 g tin", 128, 80), v("250克礼盒", "250 g gift box", 238, 40)],
  },
  {
    handle: "ziyang-cuifeng-tea",
    title: { zh: "紫阳翠峰富硒茶", en: "Ziyang Cuifeng Selenium-rich Tea" },
    description: { zh: "扁平挺直的翠峰茶，栗香持久，适合日常冲泡。", en: "Flat, straight Cuifeng leaves with a lasting chestnut aroma, made for everyday brewing." },
    category: "tea", region: "ankang", county: "ziyang", brand: "ziyang-selenium-tea", seleniumMgPerKg: 0.9, servingGrams: 3,
    variants: [v("100克袋装", "100 g pouch", 98, 60), v("200克罐装", "200 g tin", 188, 30)],
  },
  {
    handle: "pingli-nvwa-tea",
    title: { zh: "平利女娲富硒绿茶", en: "Pingli Nüwa Selenium-rich Green Tea" },
    description: { zh: "产自平利县女娲山茶区，鲜爽回甘。", en: "From the Nüwa mountain tea district of Pingli county: fresh with a sweet finish." },
    category: "tea", region: "ankang", county: "pingli", brand: "ankang-selenium-tea", seleniumMgPerKg: 0.6, servingGrams: 3,
    variants: [v("150克罐装", "150 g tin", 118, 50)],
  },
  {
    handle: "ankang-selenium-black-tea",
    title: { zh: "安康富硒工夫红茶", en: "Ankang Selenium-rich Congou Black Tea" },
    description: { zh: "汉滨区夏秋茶精制的工夫红茶，蜜香甜润。", en: "A congou black tea from Hanbin's summer and autumn leaves, honeyed and smooth." },
    category: "tea", region: "ankang", county: "hanbin", brand: "ankang-selenium-tea", seleniumMgPerKg: 0.5, servingGrams: 4,
    variants: [v("200克袋装", "200 g pouch", 88, 70), v("400克礼盒", "400 g gift box", 168, 25)],
  },
  {
    handle: "shangyou-alpine-tea",
    title: { zh: "上犹富硒高山茶", en: "Shangyou Selenium-rich Alpine Tea" },
    description: { zh: "赣南上犹县海拔800米以上茶园，云雾滋养。", en: "From tea gardens above 800 m in Shangyou county, southern Jiangxi, nursed by mountain mist." },
    category: "tea", region: "ganzhou", county: "shangyou", brand: "gannan-selenium", seleniumMgPerKg: 0.5, servingGrams: 3,
    variants: [v("125克罐装", "125 g tin", 108, 45)],
  },
  {
    handle: "enshi-yulu-tea",
    title: { zh: "恩施玉露蒸青绿茶", en: "Enshi Yulu Steamed Green Tea" },
    description: { zh: "沿用蒸汽杀青古法，色绿、汤绿、叶底绿。", en: "Made with the old steaming method: green leaves, green liquor, green infused leaf." },
    category: "tea", region: "enshi", county: "enshi", brand: "enshi-selenium-tea", seleniumMgPerKg: 1.5, servingGrams: 3,
    variants: [v("100克罐装", "100 g tin", 158, 40), v("250克礼盒", "250 g gift box", 368, 15)],
  },
  {
    handle: "lichuan-black-tea",
    title: { zh: "利川红工夫红茶", en: "Lichuan Red Congou Black Tea" },
    description: { zh: "利川高山红茶，冷后浑、花果香。", en: "High-mountain black tea from Lichuan with floral, fruity notes." },
    category: "tea", region: "enshi", county: "lichuan", brand: "enshi-selenium-tea", servingGrams: 4,
    variants: [v("150克罐装", "150 g tin", 138, 35)],
  },
  {
    handle: "enshi-green-brick-tea",
    title: { zh: "恩施富硒青砖茶", en: "Enshi Selenium-rich Green Brick Tea" },
    description: { zh: "压制成砖、便于存放，越陈越醇。", en: "Pressed into bricks for keeping; it mellows with age." },
    category: "tea", region: "enshi", county: "enshi", brand: "enshi-selenium-tea", seleniumMgPerKg: 0.8, servingGrams: 5,
    variants: [v("500克茶砖", "500 g brick", 96, 30)],
  },
  {
    handle: "pingli-jiaogulan",
    title: { zh: "平利绞股蓝茶", en: "Pingli Jiaogulan Herbal Tea" },
    description: { zh: "中国驰名商标“平利绞股蓝”，五叶嫩芽制成，清甘微苦。", en: "From the well-known Pingli Jiaogulan mark: five-leaf young shoots, clean and lightly bitter." },
    category: "herbal", region: "ankang", county: "pingli", brand: "pingli-jiaogulan", servingGrams: 3,
    variants: [v("100克罐装", "100 g tin", 68, 90)],
  },
  {
    handle: "ankang-selenium-water",
    title: { zh: "安康天然饮用水", en: "Ankang Natural Drinking Water" },
    description: { zh: "汉滨区深层水源，清冽甘甜，适合日常饮用。", en: "From a deep Hanbin source, clear and sweet, for everyday drinking." },
    category: "water", region: "ankang", county: "hanbin", brand: "ankang-selenium-water", servingGrams: 500,
    variants: [v("550毫升×24瓶", "550 ml × 24 bottles", 59, 120), v("5升×4桶", "5 l × 4 jugs", 49, 80)],
  },
  {
    handle: "langao-konjac-noodles",
    title: { zh: "岚皋魔芋挂面", en: "Langao Konjac Noodles" },
    description: { zh: "岚皋魔芋粉与小麦粉制成，低脂饱腹。", en: "Made of Langao konjac flour and wheat: low in fat and filling." },
    category: "konjac", region: "ankang", county: "langao", brand: "langao-konjac", seleniumMgPerKg: 0.18, servingGrams: 100,
    variants: [v("500克×2袋", "500 g × 2 packs", 39, 150)],
  },
  {
    handle: "langao-konjac-flour",
    title: { zh: "岚皋魔芋精粉", en: "Langao Konjac Flour" },
    description: { zh: "花魔芋精制而成，可做魔芋豆腐、凉粉。", en: "Refined from konjac corms: for konjac tofu and jelly." },
    category: "konjac", region: "ankang", county: "langao", brand: "langao-konjac", servingGrams: 10,
    variants: [v("250克袋装", "250 g pouch", 45, 60)],
  },
  {
    handle: "ankang-konjac-rice",
    title: { zh: "安康魔芋米", en: "Ankang Konjac Rice" },
    description: { zh: "魔芋与大米复配的轻食米，煮法与米饭相同。", en: "A light rice of konjac and rice, cooked like ordinary rice." },
    category: "konjac", region: "ankang", county: "hanbin", brand: "ankang-konjac", servingGrams: 100,
    variants: [v("1千克袋装", "1 kg bag", 36, 100)],
  },
  {
    handle: "hanjiang-bighead-carp",
    title: { zh: "汉江生态鳙鱼（鲜）", en: "Han River Bighead Carp (fresh)" },
    description: { zh: "瀛湖库区生态养殖，冷链发货，生鲜不支持七天无理由退货。", en: "Raised in the Yinghu reservoir and shipped chilled; as a fresh product it is excluded from 7-day no-reason returns." },
    category: "fish", region: "ankang", county: "hanbin", brand: "ankang-han-river-fish", servingGrams: 150,
    variants: [v("约2千克整条", "whole fish, about 2 kg", 88, 20)],
  },
  {
    handle: "ankang-smoked-fish",
    title: { zh: "安康汉水熏鱼", en: "Ankang Han River Smoked Fish" },
    description: { zh: "汉水鱼果木熏制，开袋即食。", en: "Han River fish smoked over fruitwood, ready to eat." },
    category: "fish", region: "ankang", county: "hanbin", brand: "ankang-han-river-fish", servingGrams: 50,
    variants: [v("300克袋装", "300 g pack", 58, 70)],
  },
  {
    handle: "ankang-forest-pork",
    title: { zh: "安康林下散养猪肉（鲜）", en: "Ankang Forest-raised Pork (fresh)" },
    description: { zh: "林下散养12个月以上，冷链配送。", en: "Raised free in the forest for over twelve months, delivered chilled." },
    category: "pork", region: "ankang", county: "hanbin", brand: "ankang-forest-pork", servingGrams: 100,
    variants: [v("五花肉1千克", "pork belly, 1 kg", 98, 30), v("精选套装3千克", "selection box, 3 kg", 268, 10)],
  },
  {
    handle: "zhenping-cured-pork",
    title: { zh: "镇坪腊肉", en: "Zhenping Cured Pork" },
    description: { zh: "镇坪县传统烟熏腊肉，肥瘦相间。", en: "Traditional smoked cured pork from Zhenping county, streaked fat and lean." },
    category: "pork", region: "ankang", county: "zhenping", brand: "zhenping-cured-pork", servingGrams: 50,
    variants: [v("500克", "500 g", 78, 50), v("1千克", "1 kg", 148, 30)],
  },
  {
    handle: "ankang-walnuts",
    title: { zh: "安康核桃", en: "Ankang Walnuts" },
    description: { zh: "薄壳易剥，仁饱满，香而不涩。", en: "Thin shells that crack easily, plump kernels, fragrant and never astringent." },
    category: "nuts", region: "ankang", county: "shiquan", brand: "ankang-walnut", servingGrams: 30,
    variants: [v("1千克带壳", "1 kg in shell", 56, 90)],
  },
  {
    // Its producer holds no brand authorization (the demo of that case), so it is sold unbranded.
    handle: "xunyang-raisin-tree-fruit",
    title: { zh: "旬阳拐枣", en: "Xunyang Raisin-tree Fruit" },
    description: { zh: "旬阳特产拐枣，晾晒风干，清甜可口。", en: "Xunyang's own raisin-tree fruit, sun-dried and sweet." },
    category: "nuts", region: "ankang", county: "xunyang", servingGrams: 50,
    variants: [v("500克袋装", "500 g bag", 42, 60)],
  },
  {
    handle: "gannan-navel-orange",
    title: { zh: "赣南脐橙", en: "Gannan Navel Oranges" },
    description: { zh: "信丰果园树上完熟采摘，果肉脆嫩多汁；鲜果不支持七天无理由退货。", en: "Tree-ripened in Xinfeng orchards, crisp and juicy; as fresh fruit they are excluded from 7-day no-reason returns." },
    category: "fruit", region: "ganzhou", county: "xinfeng", brand: "gannan-selenium", servingGrams: 200,
    variants: [v("5千克箱装", "5 kg box", 69, 100), v("10千克箱装", "10 kg box", 128, 50)],
  },
  {
    handle: "xunwu-navel-orange",
    title: { zh: "寻乌脐橙", en: "Xunwu Navel Oranges" },
    description: { zh: "寻乌县山地果园，糖酸比高。", en: "From Xunwu's hill orchards, with a high sugar-to-acid ratio." },
    category: "fruit", region: "ganzhou", county: "xunwu", brand: "gannan-selenium", servingGrams: 200,
    variants: [v("5千克箱装", "5 kg box", 66, 80)],
  },
  {
    handle: "hanyin-selenium-rice",
    title: { zh: "汉阴富硒大米", en: "Hanyin Selenium-rich Rice" },
    description: { zh: "凤堰古梯田种植，米粒晶莹、软糯清香。", en: "Grown on the ancient Fengyan terraces: translucent grains, soft and fragrant." },
    category: "grain", region: "ankang", county: "hanyin", brand: "hanyin-selenium-rice", seleniumMgPerKg: 0.08, servingGrams: 100,
    variants: [v("5千克袋装", "5 kg bag", 79, 100), v("2.5千克礼盒", "2.5 kg gift box", 58, 40)],
  },
  {
    handle: "gannan-selenium-rice",
    title: { zh: "赣南富硒大米", en: "Gannan Selenium-rich Rice" },
    description: { zh: "于都县富硒稻区种植，一季稻慢生长。", en: "Grown in Yudu's selenium-rich paddies, one slow-growing crop a year." },
    category: "grain", region: "ganzhou", county: "yudu", brand: "gannan-selenium", seleniumMgPerKg: 0.07, servingGrams: 100,
    variants: [v("5千克袋装", "5 kg bag", 72, 100)],
  },
  {
    handle: "gannan-free-range-eggs",
    title: { zh: "赣南土鸡蛋", en: "Gannan Free-range Eggs" },
    description: { zh: "宁都县林下散养土鸡所产，蛋黄饱满。", en: "Laid by free-range hens in Ningdu's woods, with full, deep yolks." },
    category: "eggs", region: "ganzhou", county: "ningdu", brand: "gannan-selenium", servingGrams: 50,
    variants: [v("30枚装", "30 eggs", 59, 60)],
  },
  {
    handle: "ningshan-shiitake",
    title: { zh: "宁陕椴木香菇", en: "Ningshan Log-grown Shiitake" },
    description: { zh: "秦岭宁陕椴木种植，菌盖厚实、香气浓郁。", en: "Grown on logs in Ningshan in the Qinling mountains: thick caps, deep aroma." },
    category: "fungi", region: "ankang", county: "ningshan", brand: "ningshan-shiitake", servingGrams: 20,
    variants: [v("250克袋装", "250 g bag", 52, 70)],
  },
]
