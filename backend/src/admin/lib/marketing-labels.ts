import type { FundingSource } from "@seleno/domain"
import type { CampaignKind, CampaignPhase } from "@seleno/domain"
import type { BudgetType, PromotionKind } from "./marketing-api"

/**
 * Labels of the marketing pages: Chinese first (marketing staff work in Chinese), English after it,
 * so tests and English-speaking staff can find the same control.
 */

export const CAMPAIGN_KIND: Record<CampaignKind, string> = {
  expo: "硒博会 Expo",
  brand_week: "品牌推广周 Brand week",
  county_showcase: "一县一品 County showcase",
  live: "直播带货 Live selling",
  roadshow: "推介会 Roadshow",
}

export const CAMPAIGN_PHASE: Record<CampaignPhase, string> = {
  upcoming: "未开始 Upcoming",
  running: "进行中 Running",
  ended: "已结束 Ended",
}

export const PHASE_COLOR: Record<CampaignPhase, "blue" | "green" | "grey"> = {
  upcoming: "blue",
  running: "green",
  ended: "grey",
}

export const PROMOTION_KIND: Record<PromotionKind, string> = {
  percentage: "百分比折扣 Percentage off",
  fixed: "立减 Fixed amount off (¥ per item)",
  free_shipping: "包邮 Free shipping",
  buy_get: "买赠 Buy X get Y free",
}

/** Who pays a discount (FUNDING_SOURCES in @seleno/domain). */
export const FUNDING_SOURCE: Record<FundingSource, string> = {
  platform: "平台出资 Platform-funded (enterprise settled at list price)",
  enterprise: "企业出资 Enterprise-funded (needs the enterprise's consent)",
}

export const BUDGET_TYPE: Record<BudgetType, string> = {
  spend: "优惠金额 Discount spend (¥)",
  usage: "使用次数 Number of uses",
}

export const MARKETING_NAV = "营销活动 Campaigns"

/** Every form field's visible label, which is also its accessible name. */
export const MF = {
  handle: "Handle",
  kind: "类型 Kind",
  name: "名称 Name",
  name_en: "英文名称 Name (English)",
  body: "介绍 Body",
  body_en: "英文介绍 Body (English)",
  hero_image: "主图 Hero image URL",
  hero_upload: "上传主图 Upload hero image",
  share_image: "分享图 Share image URL",
  share_upload: "上传分享图 Upload share image",
  starts_at: "开始 Starts",
  ends_at: "结束 Ends",
  budget_type: "预算类型 Budget type",
  budget_limit: "预算上限 Budget limit",
  exclusive: "独占 Exclusive (no other exclusive campaign at the same time)",
  funding_source: "出资方 Who pays the discount",
  featured_brands: "主推品牌 Featured brands",
  featured_products: "主推商品 Featured products",
  counties: "县域 Counties",
  code: "优惠码 Code",
  automatic: "自动应用 Automatic (no code needed)",
  promotion_kind: "优惠类型 Promotion kind",
  value_percentage: "折扣 Percentage (%)",
  value_fixed: "立减金额 Amount off (¥)",
  usage_limit: "使用上限 Usage limit",
  min_subtotal: "满额包邮 Minimum subtotal (¥)",
  target_products: "适用商品 Target products",
  target_brands: "适用品牌 Target brands",
  buy_products: "购买商品 Buy products",
  buy_quantity: "购买数量 Buy quantity",
  get_products: "赠送商品 Free products",
  get_quantity: "赠送数量 Free quantity",
  title: "标题 Title",
  title_en: "英文标题 Title (English)",
  host: "主播 Host",
  stream_url: "直播地址 Stream URL",
  replay_url: "回放地址 Replay URL",
  price_product: "商品 Product",
  price_variant: "规格 Variant",
  price_amount: "直播价 Session price (¥)",
  from: "从 From",
  to: "到 To",
  campaign_filter: "活动 Campaign",
} as const

export const MU = {
  listTitle: "营销活动 Campaigns",
  listEmpty: "还没有活动 No campaigns yet. Create the first one.",
  newCampaign: "新建活动 New campaign",
  createCampaign: "创建活动 Create campaign",
  creating: "创建中… Creating…",
  created: "活动已创建 Campaign created",
  liveCreated: "直播已创建 Live session created",
  dashboard: "效果看板 Attribution dashboard",
  backToList: "← 营销活动 Campaigns",
  promotion: (n: number) => `优惠 Promotion ${n}`,
  addPromotion: "添加优惠 Add another promotion",
  removePromotion: "删除此优惠 Remove this promotion",
  basics: "基本信息 Basics",
  content: "页面内容 Landing page",
  schedule: "时间与预算 Schedule and budget",
  featured: "主推 Featured",
  promotions: "优惠 Promotions",
  noBudget: "无预算 No budget",
  uploading: "上传中… Uploading…",
  chinaTime: "北京时间 China time (UTC+8)",
  none: "—",
  loadingChoices: "加载中… Loading…",
  noChoices: "没有可选项 Nothing to choose",

  detailsTitle: "活动信息 Campaign",
  editCampaign: "编辑活动 Edit campaign",
  saveCampaign: "保存 Save",
  saved: "已保存 Saved",
  endNow: "结束活动 End now",
  confirmEnd: "确认结束 Confirm",
  endTitle: "现在结束这个活动? End this campaign now?",
  endText: "活动立即结束：优惠码失效，活动页显示已结束。The campaign ends at once: its codes stop working and its page shows it as ended.",
  ended: "活动已结束 Campaign ended",
  cancel: "取消 Cancel",
  budgetTitle: "预算 Budget",
  budgetUsed: (used: string, limit: string) => `已用 Used ${used} / 上限 Limit ${limit}`,
  promotionsTitle: "优惠 Promotions",
  used: "已用 Used",
  liveTitle: "直播场次 Live sessions",
  liveEmpty: "还没有直播场次 No live sessions yet.",
  addLive: "添加直播 Add live session",
  createLive: "创建直播 Create live session",
  prices: "直播价 Session prices",
  addPrice: "添加直播价 Add session price",
  removePrice: "删除 Remove",
  saveReplay: "保存回放 Save replay",
  replaySaved: "回放已保存 Replay saved",
  replayFor: (title: string) => `回放 Replay: ${title}`,

  dashboardTitle: "效果看板 Attribution dashboard",
  allCampaigns: "全部活动 All campaigns",
  exportCsv: "导出 CSV Export CSV",
  exporting: "导出中… Exporting…",
  dashboardEmpty: "这段时间没有活动数据 No campaign data in this period.",
  dailyChart: "每日访问与订单 Daily visits and orders",
  budgetChart: "优惠支出与预算 Discount spent against budget",
  dailyTable: "每日明细 Per day",
  campaignHeading: (name: string) => `${name} — 效果 Attribution`,
  noVisits: "这段时间没有访问 No visits in this period.",
} as const

/** Column and fact names on the list, detail and dashboard pages. */
export const MC = {
  name: "名称 Name",
  kind: "类型 Kind",
  dates: "时间 Dates",
  phase: "状态 Phase",
  budget: "预算 Budget",
  codes: "优惠码 Codes",
  handle: "Handle",
  exclusive: "独占 Exclusive",
  funding: "出资方 Funded by",
  counties: "县域 Counties",
  brands: "主推品牌 Featured brands",
  products: "主推商品 Featured products",
  code: "优惠码 Code",
  promotionKind: "优惠类型 Kind",
  value: "力度 Value",
  usage: "已用/上限 Used / limit",
  target: "适用范围 Applies to",
  allItems: "全部商品 All items",
  title: "标题 Title",
  host: "主播 Host",
  time: "时间 Time",
  replay: "回放 Replay",
  sessionPrices: "直播价 Prices",
  date: "日期 Date",
  visits: "访问 Visits",
  carts: "购物车 Carts",
  orders: "订单 Orders",
  revenue: "销售额 Revenue",
  conversion: "转化率 Conversion",
  discount: "优惠支出 Discount spent",
  yes: "是 Yes",
  no: "否 No",
} as const

const yuan = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** `¥1,234.50`, or "—". */
export function formatYuan(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(Number(value)) ? "—" : yuan.format(Number(value))
}

/** `12.5%` from a 0–1 ratio. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—"
  return `${(ratio * 100).toFixed(1).replace(/\.0$/, "")}%`
}

/** A budget amount in its own unit: yuan for spend budgets, a count for usage budgets. */
export function formatBudgetAmount(type: BudgetType, value: number): string {
  return type === "spend" ? formatYuan(value) : String(value)
}

/** What a promotion gives, in a few words: `20%`, `¥5.00 off`, `满 ¥99 包邮`, `buy 2 get 1`. */
export function describePromotion(promotion: { kind: PromotionKind; value: number | null; min_subtotal: number | null }): string {
  switch (promotion.kind) {
    case "percentage":
      return promotion.value === null ? "—" : `${promotion.value}%`
    case "fixed":
      return promotion.value === null ? "—" : `−${formatYuan(promotion.value)}`
    case "free_shipping":
      return promotion.min_subtotal ? `满 ${formatYuan(promotion.min_subtotal)} 包邮` : "包邮 Free shipping"
    case "buy_get":
      return "买赠 Buy X get Y"
  }
}
