import { placeName, type EnterpriseNoticeKind, type LegalDetailField, type StaffNoticeKind, type TotalsView } from "@seleno/domain"

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

type Data = Record<string, unknown>

/** One paragraph of a message: Chinese first, then English. */
interface Body {
  subject: string
  zh: string[]
  en: string[]
  /** A link the message is about (the reset link …): shown on its own line and as an HTML link. */
  link?: { url: string; zh: string; en: string }
}

const yuan = (fen: unknown) => `¥${(Number(fen ?? 0) / 100).toFixed(2)}`
const str = (value: unknown) => (value === null || value === undefined ? "" : String(value))
const day = (iso: unknown) => str(iso).slice(0, 10)

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

function orderConfirmation(data: Data): Body {
  const totals = data.totals as TotalsView | undefined
  const items = (data.items as { title?: string; quantity?: number }[] | undefined) ?? []
  const address = (data.shipping_address ?? {}) as Record<string, unknown>
  const where = [address.province, address.city, address.address_2, address.address_1].map(str).filter(Boolean).join(" ")
  const lines = items.map((i) => `  · ${str(i.title)} × ${str(i.quantity)}`)
  const total = totals ? yuan(totals.total_fen) : yuan(Math.round(Number(data.total ?? 0) * 100))
  const zh = [`您的订单 #${str(data.display_id)} 已提交，感谢您的购买。`, "商品：", ...lines]
  const en = [`Thank you: your order #${str(data.display_id)} has been placed.`]
  if (totals) {
    zh.push(`商品金额 ${yuan(totals.items_fen)}`)
    for (const d of totals.discounts) zh.push(`优惠 ${d.name ?? d.code ?? ""} −${yuan(d.amount_fen)}`)
    for (const s of totals.shipping) zh.push(`运费（${s.name}） ${yuan(s.amount_fen)}`)
    zh.push(`含增值税 ${yuan(totals.tax_included_fen)}`)
  }
  zh.push(`实付 ${total}`)
  if (where) zh.push(`收货地址：${where}`)
  en.push(`Total paid: ${total}`)
  return { subject: `订单确认 #${str(data.display_id)} | Order confirmation`, zh, en }
}

function passwordReset(data: Data): Body {
  return {
    subject: "重置密码 | Reset your password",
    zh: ["我们收到了重置您密码的请求。请打开下面的链接设置新密码（链接短时间内有效）。", "如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。"],
    en: ["Someone asked to reset your password. Open the link to choose a new one (it expires soon).", "If it was not you, ignore this e-mail: your password stays as it is."],
    link: { url: str(data.url), zh: "重置密码", en: "Reset password" },
  }
}

function campaign(event: "started" | "ended") {
  return (data: Data): Body => ({
    subject: event === "started" ? `活动已开始：${str(data.name)} | Campaign started` : `活动已结束：${str(data.name)} | Campaign ended`,
    zh: [`营销活动「${str(data.name)}」（${str(data.handle)}）已于 ${str(data.at)} ${event === "started" ? "开始" : "结束"}。`],
    en: [`Campaign "${str(data.name)}" (${str(data.handle)}) ${event} at ${str(data.at)}.`],
  })
}

function certificate(status: "expiring" | "expired") {
  return (data: Data): Body => {
    const enterprise = data.enterprise as { name?: string } | null
    const products = ((data.products as { title?: string }[] | undefined) ?? []).map((p) => str(p.title)).join("、")
    const verb = status === "expired" ? "已过期" : "即将过期"
    return {
      subject: `证书${verb}：${str(data.number)} | Certificate ${status}`,
      zh: [`${str(enterprise?.name)} 的证书 ${str(data.number)}（${str(data.issuer)}）${verb}，有效期至 ${day(data.valid_until)}。`, products ? `涉及产品：${products}` : ""].filter(Boolean),
      en: [`Certificate ${str(data.number)} (${str(data.issuer)}) of ${str(enterprise?.name)} is ${status}: valid until ${day(data.valid_until)}.`],
    }
  }
}

function reportCase(data: Data): Body {
  const product = data.product ? `，涉及产品「${str(data.product)}」` : ""
  return {
    subject: `新举报 ${str(data.number)} | New report`,
    zh: [`收到一条举报 ${str(data.number)}（类型：${str(data.kind)}，来源：${str(data.source)}）${product}。请及时处理。`],
    en: [`Report ${str(data.number)} was filed (kind: ${str(data.kind)}, source: ${str(data.source)})${data.product ? ` about "${str(data.product)}"` : ""}.`],
  }
}

function claimsWithdrawn(data: Data): Body {
  const product = (data.product ?? {}) as { title?: string }
  const problems = ((data.problems as unknown[] | undefined) ?? []).map(str).join("; ")
  return {
    subject: `商品已退回审核：${str(product.title)} | Listing back in review`,
    zh: [`商品「${str(product.title)}」的富硒宣称失去了有效证书支持，已退回平台审核。原因：${str(data.reason)}${problems ? `（${problems}）` : ""}。`],
    en: [`The selenium claim of "${str(product.title)}" is no longer backed by a certificate in force; the listing went back to review. Reason: ${str(data.reason)}.`],
  }
}

/** The note staff wrote with a rejection, on its own line in each language. */
const noteLines = (data: Data) => (data.note ? { zh: [`审核意见：${str(data.note)}`], en: [`Reviewer's note: ${str(data.note)}`] } : { zh: [], en: [] })

function decision(subject: "application" | "listing" | "certificate", verdict: "approved" | "rejected") {
  return (data: Data): Body => {
    const ok = verdict === "approved"
    const what = {
      application: { zh: `${str(data.enterprise)} 的入驻申请`, en: `The application of ${str(data.enterprise)}` },
      listing: { zh: `商品「${str(data.title)}」`, en: `The listing "${str(data.title)}"` },
      certificate: { zh: `证书 ${str(data.number)}（${str(data.issuer)}）`, en: `Certificate ${str(data.number)} (${str(data.issuer)})` },
    }[subject]
    const next = {
      application: ok ? { zh: "现在可以登录企业后台上架商品。", en: "You can now sign in to the portal and list products." } : { zh: "请按审核意见修改后重新申请。", en: "Please correct it as noted and apply again." },
      listing: ok ? { zh: "商品已上架销售。", en: "It is now on sale." } : { zh: "请按审核意见修改后重新提交审核。", en: "Please correct it as noted and submit it again." },
      certificate: ok ? { zh: "证书已生效，相关商品可展示富硒认证。", en: "It is in force; the products it covers may show the selenium badge." } : { zh: "请按审核意见修改后重新提交。", en: "Please correct it as noted and submit it again." },
    }[subject]
    const title = { application: ["入驻申请", "Application"], listing: ["商品审核", "Listing"], certificate: ["证书审核", "Certificate"] }[subject]
    const note = noteLines(data)
    return {
      subject: `${title[0]}${ok ? "已通过" : "未通过"}：${str(data.title ?? data.number ?? data.enterprise)} | ${title[1]} ${verdict}`,
      zh: [`${what.zh}${ok ? "已通过平台审核" : "未通过平台审核"}。`, ...note.zh, next.zh],
      en: [`${what.en} was ${verdict} by the platform.`, ...note.en, next.en],
      link: { url: str(data.url), zh: "在企业后台查看", en: "Open in the portal" },
    }
  }
}

function authorizationDecision(verdict: "granted" | "refused") {
  return (data: Data): Body => {
    const note = noteLines(data)
    const granted = verdict === "granted"
    return {
      subject: `品牌授权${granted ? "已批准" : "未批准"}：${str(data.brand)} | Brand authorization ${verdict}`,
      zh: granted
        ? [`${str(data.enterprise)} 申请的品牌「${str(data.brand)}」授权已批准，可用于：${str(data.categories)}，有效期至 ${str(data.valid_until)}。`, ...note.zh, "现在可以用该品牌上架这些类目的商品。"]
        : [`${str(data.enterprise)} 申请的品牌「${str(data.brand)}」授权未获批准。`, ...note.zh, "可按审核意见补充材料后重新申请。"],
      en: granted
        ? [`The authorization of ${str(data.enterprise)} to sell under "${str(data.brand)}" was granted for ${str(data.categories)}, until ${str(data.valid_until)}.`, ...note.en, "You can now list products of these categories under the brand."]
        : [`The request of ${str(data.enterprise)} to sell under "${str(data.brand)}" was refused.`, ...note.en, "You may ask again with what the note asks for."],
      link: { url: str(data.url), zh: "在企业后台查看", en: "Open in the portal" },
    }
  }
}

const LEGAL_FIELD_NAMES: Record<LegalDetailField, { zh: string; en: string }> = {
  name: { zh: "企业名称", en: "Registered name" },
  credit_code: { zh: "统一社会信用代码", en: "Credit code" },
  kind: { zh: "主体类型", en: "Kind" },
  county: { zh: "所在县区", en: "County" },
  licence_file_url: { zh: "营业执照", en: "Business licence" },
}
const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  company: { zh: "公司", en: "company" },
  cooperative: { zh: "合作社", en: "cooperative" },
  family_farm: { zh: "家庭农场", en: "family farm" },
}

/** Each changed legal detail on a line: "企业名称：旧 → 新". */
function legalChangeLines(data: Data, lang: "zh" | "en"): string[] {
  const changes = (data.changes ?? {}) as Partial<Record<LegalDetailField, unknown>>
  const previous = (data.previous ?? {}) as Partial<Record<LegalDetailField, unknown>>
  const shown = (field: LegalDetailField, value: unknown) => {
    if (value === null || value === undefined || value === "") return "—"
    if (field === "kind") return KIND_NAMES[str(value)]?.[lang] ?? str(value)
    if (field === "county") return placeName(str(value), lang)
    if (field === "licence_file_url") return lang === "zh" ? "（新文件）" : "(new file)"
    return str(value)
  }
  return (Object.keys(changes) as LegalDetailField[]).map((f) => `  · ${LEGAL_FIELD_NAMES[f][lang]}: ${shown(f, previous[f])} → ${shown(f, changes[f])}`)
}

function profileChangeDecision(verdict: "approved" | "rejected") {
  return (data: Data): Body => {
    const ok = verdict === "approved"
    const note = noteLines(data)
    return {
      subject: `企业资料变更${ok ? "已通过" : "未通过"}：${str(data.enterprise)} | Change of legal details ${verdict}`,
      zh: [`${str(data.enterprise)} 提交的企业资料变更${ok ? "已通过平台审核并生效" : "未通过平台审核，原资料不变"}：`, ...legalChangeLines(data, "zh"), ...note.zh],
      en: [`The change of legal details of ${str(data.enterprise)} was ${verdict}${ok ? " and is in effect" : "; the details stay as they were"}:`, ...legalChangeLines(data, "en"), ...note.en],
      link: { url: str(data.url), zh: "在企业后台查看", en: "Open in the portal" },
    }
  }
}

function staffProfileChange(data: Data): Body {
  return {
    subject: `企业资料变更待审核：${str(data.enterprise)} | Change of legal details submitted`,
    zh: [`${str(data.enterprise)} 申请变更企业资料，等待审核：`, ...legalChangeLines(data, "zh")],
    en: [`${str(data.enterprise)} asks to change its legal details:`, ...legalChangeLines(data, "en")],
    link: { url: str(data.url), zh: "在管理后台审核", en: "Review in the admin" },
  }
}

function enterpriseOrder(data: Data): Body {
  const items = ((data.items as { title?: string; quantity?: number }[] | undefined) ?? []).map((i) => `  · ${str(i.title)} × ${str(i.quantity)}`)
  return {
    subject: `新订单 #${str(data.display_id)} | New order`,
    zh: [`${str(data.enterprise)} 有新订单 #${str(data.display_id)}，请及时备货发货。您的商品：`, ...items],
    en: [`${str(data.enterprise)} has a new order #${str(data.display_id)} to pack and ship.`],
    link: { url: str(data.url), zh: "查看订单", en: "Open the order" },
  }
}

function settlementClosed(data: Data): Body {
  return {
    subject: `结算单已出：${str(data.from)} 至 ${str(data.to)} | Settlement statement closed`,
    zh: [`${str(data.enterprise)} ${str(data.from)} 至 ${str(data.to)} 的结算单已结账：订单 ${str(data.orders)} 笔，应付 ${yuan(data.payout_fen)}。`],
    en: [`The settlement statement of ${str(data.enterprise)} for ${str(data.from)} to ${str(data.to)} was closed: ${str(data.orders)} orders, payout ${yuan(data.payout_fen)}.`],
    link: { url: str(data.url), zh: "查看结算单", en: "Open the statement" },
  }
}

function lowStock(data: Data): Body {
  const name = `${str(data.title)}（${str(data.variant)}）`
  return {
    subject: `库存预警：${name} | Low stock`,
    zh: [`${str(data.enterprise)} 的 ${name}${data.sku ? `（SKU ${str(data.sku)}）` : ""} 可售库存已降至 ${str(data.sellable)} 件，不高于预警值 ${str(data.threshold)}（库存 ${str(data.stocked)}，已预留 ${str(data.reserved)}）。请及时补货。`],
    en: [`${str(data.title)} (${str(data.variant)}) of ${str(data.enterprise)}: sellable stock is down to ${str(data.sellable)}, at or below your threshold of ${str(data.threshold)} (stocked ${str(data.stocked)}, reserved ${str(data.reserved)}).`],
    link: { url: str(data.url), zh: "查看商品库存", en: "Open the product's stock" },
  }
}

function staffWaiting(subject: "application" | "listing" | "certificate" | "authorization") {
  return (data: Data): Body => {
    const body = {
      application: {
        subject: `新入驻申请：${str(data.enterprise)} | New enterprise application`,
        zh: `${str(data.enterprise)}（统一社会信用代码 ${str(data.credit_code)}）提交了入驻申请，等待审核。`,
        en: `${str(data.enterprise)} (credit code ${str(data.credit_code)}) applied to sell and waits for review.`,
      },
      listing: {
        subject: `商品待审核：${str(data.title)} | Listing submitted for review`,
        zh: `${str(data.enterprise)} 提交了商品「${str(data.title)}」，等待审核。`,
        en: `${str(data.enterprise)} submitted the listing "${str(data.title)}" for review.`,
      },
      certificate: {
        subject: `证书待审核：${str(data.number)} | Certificate submitted`,
        zh: `${str(data.enterprise)} 提交了证书 ${str(data.number)}（${str(data.issuer)}），等待审核。`,
        en: `${str(data.enterprise)} submitted certificate ${str(data.number)} (${str(data.issuer)}) for review.`,
      },
      authorization: {
        subject: `品牌授权申请：${str(data.brand)} | Brand authorization requested`,
        zh: `${str(data.enterprise)} 申请使用品牌「${str(data.brand)}」（类目：${str(data.categories)}），等待审核。`,
        en: `${str(data.enterprise)} asks to sell under "${str(data.brand)}" (${str(data.categories)}) and waits for a decision.`,
      },
    }[subject]
    return { subject: body.subject, zh: [body.zh], en: [body.en], link: { url: str(data.url), zh: "在管理后台审核", en: "Review in the admin" } }
  }
}

const TEMPLATES: Record<string, (data: Data) => Body> = {
  "order-confirmation": orderConfirmation,
  "password-reset": passwordReset,
  "campaign-started": campaign("started"),
  "campaign-ended": campaign("ended"),
  "certificate-expiring": certificate("expiring"),
  "certificate-expired": certificate("expired"),
  "report-case-staff": reportCase,
  "report-case-enterprise": reportCase,
  "listing-claims-withdrawn": claimsWithdrawn,
  "enterprise-order-placed": enterpriseOrder,
  "enterprise-application-approved": decision("application", "approved"),
  "enterprise-application-rejected": decision("application", "rejected"),
  "enterprise-listing-approved": decision("listing", "approved"),
  "enterprise-listing-rejected": decision("listing", "rejected"),
  "enterprise-certificate-approved": decision("certificate", "approved"),
  "enterprise-certificate-rejected": decision("certificate", "rejected"),
  "enterprise-authorization-granted": authorizationDecision("granted"),
  "enterprise-authorization-refused": authorizationDecision("refused"),
  "enterprise-profile-change-approved": profileChangeDecision("approved"),
  "enterprise-profile-change-rejected": profileChangeDecision("rejected"),
  "enterprise-settlement-closed": settlementClosed,
  "enterprise-low-stock": lowStock,
  "staff-application-submitted": staffWaiting("application"),
  "staff-listing-submitted": staffWaiting("listing"),
  "staff-certificate-submitted": staffWaiting("certificate"),
  "staff-authorization-requested": staffWaiting("authorization"),
  "staff-profile-change-submitted": staffProfileChange,
}

/** The template (e-mail and SMS) of each notice kind: `order_placed` → `enterprise-order-placed`. */
export const enterpriseNoticeTemplate = (kind: EnterpriseNoticeKind) => `enterprise-${kind.replace(/_/g, "-")}`
export const staffNoticeTemplate = (kind: StaffNoticeKind) => `staff-${kind.replace(/_/g, "-")}`

/** The templates the code sends; an unknown one is a programming error, refused rather than sent blank. */
export const EMAIL_TEMPLATES = Object.keys(TEMPLATES)

export function renderEmail(template: string, data: Data): RenderedEmail {
  const build = TEMPLATES[template]
  if (!build) throw new Error(`No e-mail template "${template}" (known: ${EMAIL_TEMPLATES.join(", ")})`)
  const body = build(data)
  const text = [
    ...body.zh,
    ...(body.link ? [`${body.link.zh}：${body.link.url}`] : []),
    "",
    "——",
    ...body.en,
    ...(body.link ? [`${body.link.en}: ${body.link.url}`] : []),
    "",
    "硒诺 Seleno",
  ].join("\n")
  const para = (lines: string[], lang: string) => `<div lang="${lang}">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</div>`
  const link = (label: string) => (body.link ? `<p><a href="${escapeHtml(body.link.url)}">${escapeHtml(label)}</a></p>` : "")
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.6">${para(body.zh, "zh-CN")}${link(body.link?.zh ?? "")}<hr>` +
    `${para(body.en, "en")}${link(body.link?.en ?? "")}<p>硒诺 Seleno</p></body></html>`
  return { subject: body.subject, text, html }
}
