import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { EnterpriseNoticeKind, StaffNoticeKind } from "@seleno/domain"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import { REVIEW_KEY, type ReviewRecord } from "../workflows/enterprise-products/own-products"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { authorizationRequestViews } from "./authorization-request-view"
import { profileChangeViews } from "./profile-change-view"
import { STOCK_ALERT_MODULE } from "../modules/stock-alert"
import type StockAlertModuleService from "../modules/stock-alert/service"
import { productEnterpriseMap } from "./enterprise-order-parts"
import { variantStock } from "./variant-stock"

/**
 * What a notice is about, read fresh when it is sent: the enterprise it concerns, the facts its
 * message shows, the page it links to (a portal path for enterprises, an admin path for staff), and
 * a version that makes a repeated decision (a listing rejected twice) a new message while a
 * redelivered event is still the same one.
 */
export interface NoticeSubject {
  /** The enterprise concerned, "" when none (a product or certificate staff entered themselves). */
  enterprise_id: string
  resource_type: string
  path: string
  version: string
  data: Record<string, unknown>
}

// The ordered quantity is the item detail's (the order module fills items.quantity only with totals);
// a BigNumber, which becomes a plain number when the notification's data is stored.
type Item = { product_id: string | null; title: string; quantity?: unknown; detail?: { quantity?: unknown } | null }
type Rows = {
  enterprise: { id: string; name: string; credit_code: string; status: string; review_note: string | null }
  product: { id: string; title: string; status: string; updated_at: Date | string; metadata: Record<string, unknown> | null }
  certificate: {
    id: string
    number: string
    issuer: string
    review_note: string | null
    reviewed_at: Date | string | null
    created_at: Date | string
    enterprise: { id: string; name: string } | null
  }
  order: { id: string; display_id: number; items: (Item | null)[] | null }
}

async function one<E extends keyof Rows>(container: MedusaContainer, entity: E, id: string, fields: string[]): Promise<Rows[E]> {
  const query = { entity: entity as string, fields, filters: { id } }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(query, { throwIfKeyNotFound: true })
  return data[0] as unknown as Rows[E]
}

const stamp = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ""))

async function enterpriseName(container: MedusaContainer, id: string): Promise<string> {
  return String((await one(container, "enterprise", id, ["name"])).name)
}

async function application(container: MedusaContainer, id: string): Promise<NoticeSubject> {
  const e = await one(container, "enterprise", id, ["id", "name", "credit_code", "status", "review_note"])
  return { enterprise_id: e.id, resource_type: "enterprise", path: "", version: e.status, data: { enterprise: e.name, credit_code: e.credit_code, note: e.review_note ?? null } }
}

async function listing(container: MedusaContainer, id: string, submitted = false): Promise<NoticeSubject> {
  const p = await one(container, "product", id, ["id", "title", "status", "updated_at", "metadata"])
  // A product staff listed themselves belongs to no enterprise: nobody outside the platform to tell.
  const owner = (await productEnterpriseMap(container, undefined, [id])).get(id) ?? ""
  const review = (p.metadata?.[REVIEW_KEY] as ReviewRecord | undefined) ?? null
  return {
    enterprise_id: owner,
    resource_type: "product",
    path: `products/${id}`,
    // A submission is new each time the listing changed; a decision each time staff decided.
    version: submitted ? stamp(p.updated_at) : (review?.reviewed_at ?? stamp(p.updated_at)),
    data: { title: p.title, note: review?.note ?? null, enterprise: owner ? await enterpriseName(container, owner) : null },
  }
}

async function certificate(container: MedusaContainer, id: string): Promise<NoticeSubject> {
  const c = await one(container, "certificate", id, ["id", "number", "issuer", "review_status", "review_note", "reviewed_at", "created_at", "enterprise.id", "enterprise.name"])
  return {
    enterprise_id: c.enterprise?.id ?? "",
    resource_type: "certificate",
    path: "certificates",
    version: stamp(c.reviewed_at ?? c.created_at),
    data: { number: c.number, issuer: c.issuer, note: c.review_note ?? null, enterprise: c.enterprise?.name ?? null },
  }
}

async function statement(container: MedusaContainer, id: string): Promise<NoticeSubject> {
  const s = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).retrieveSettlementStatement(id)
  return {
    enterprise_id: s.enterprise_id,
    resource_type: "settlement_statement",
    path: "settlement",
    version: "closed",
    data: { from: s.period_from, to: s.period_to, payout_fen: Number(s.payout_fen), orders: Number(s.orders) },
  }
}

/** A brand authorization request: the brand, the categories (by name) and, once granted, the end date. */
async function authorizationRequest(container: MedusaContainer, id: string): Promise<NoticeSubject> {
  const [request] = await authorizationRequestViews(container, { id })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No brand authorization request ${id}`)
  const categories = await container.resolve(Modules.PRODUCT).listProductCategories({ handle: request.category_handles }, { select: ["handle", "name"] })
  const named = new Map(categories.map((c) => [c.handle, c.name]))
  const grant = request.brand_authorization_id
    ? await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveBrandAuthorization(request.brand_authorization_id, { select: ["category_handles", "valid_until"] })
    : null
  const handles = (grant?.category_handles as string[] | undefined) ?? request.category_handles
  return {
    enterprise_id: request.enterprise_id,
    resource_type: "brand_authorization_request",
    path: "brands",
    version: request.decided_at ?? request.created_at,
    data: {
      brand: request.brand.name,
      categories: handles.map((h) => named.get(h) ?? h).join("、"),
      valid_until: grant ? new Date(grant.valid_until).toISOString().slice(0, 10) : null,
      // The staff's note on a decision; the enterprise's own note while the request waits.
      note: request.status === "pending" ? request.note : request.decision_note,
      enterprise: await enterpriseName(container, request.enterprise_id),
    },
  }
}

/** A change of legal details: the fields changed, old and new, and the staff's note. */
async function profileChange(container: MedusaContainer, id: string): Promise<NoticeSubject> {
  const [change] = await profileChangeViews(container, { id })
  if (!change) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No enterprise profile change ${id}`)
  return {
    enterprise_id: change.enterprise_id,
    resource_type: "enterprise_profile_change",
    path: "profile",
    version: change.decided_at ?? change.created_at,
    data: { changes: change.changes, previous: change.previous, note: change.review_note, enterprise: await enterpriseName(container, change.enterprise_id) },
  }
}

/** One subject per enterprise with a part in the order (an order may hold several enterprises' goods). */
async function orderParts(container: MedusaContainer, id: string): Promise<NoticeSubject[]> {
  const o = await one(container, "order", id, ["id", "display_id", "items.product_id", "items.quantity", "items.detail.quantity", "items.title"])
  const items = (o.items ?? []).filter((i): i is Item => i !== null)
  const owners = await productEnterpriseMap(container, undefined, [...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : [])))])
  const byEnterprise = new Map<string, Item[]>()
  for (const item of items) {
    const enterprise = item.product_id ? owners.get(item.product_id) : undefined
    if (enterprise) byEnterprise.set(enterprise, [...(byEnterprise.get(enterprise) ?? []), item])
  }
  return [...byEnterprise].map(([enterprise_id, mine]) => ({
    enterprise_id,
    resource_type: "order",
    path: `orders/${id}`,
    version: "placed",
    data: { display_id: o.display_id, items: mine.map((i) => ({ title: i.title, quantity: i.detail?.quantity ?? i.quantity })) },
  }))
}

/**
 * A variant's threshold crossed: the variant and its figures now. The crossing's moment is the
 * version, so a redelivered event sends nothing twice while the next crossing is a new message.
 */
async function lowStock(container: MedusaContainer, id: string): Promise<NoticeSubject[]> {
  const [t] = await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).listLowStockThresholds({ id })
  if (!t?.alerted_at) return []
  const stock = (await variantStock(container, [t.variant_id])).get(t.variant_id)
  if (!stock) return []
  // The product's enterprise now, not when the threshold was set: a moved product tells its new owner.
  const owner = (await productEnterpriseMap(container, undefined, [stock.product_id])).get(stock.product_id) ?? ""
  return [
    {
      enterprise_id: owner === t.enterprise_id ? owner : "",
      resource_type: "product_variant",
      path: `products/${stock.product_id}`,
      version: stamp(t.alerted_at),
      data: {
        title: stock.product_title,
        variant: stock.variant_title,
        sku: stock.sku,
        sellable: stock.sellable,
        reserved: stock.reserved,
        stocked: stock.stocked,
        threshold: t.threshold,
      },
    },
  ]
}

/** The enterprises a notice concerns, one subject each; none when the thing belongs to no enterprise. */
export async function enterpriseNoticeSubjects(container: MedusaContainer, kind: EnterpriseNoticeKind, id: string): Promise<NoticeSubject[]> {
  return (await subjectsOf(container, kind, id)).filter((s) => s.enterprise_id)
}

async function subjectsOf(container: MedusaContainer, kind: EnterpriseNoticeKind, id: string): Promise<NoticeSubject[]> {
  switch (kind) {
    case "order_placed":
      return orderParts(container, id)
    case "application_approved":
    case "application_rejected":
      return [await application(container, id)]
    case "listing_approved":
    case "listing_rejected":
      return [await listing(container, id)]
    case "certificate_approved":
    case "certificate_rejected":
      return [await certificate(container, id)]
    case "authorization_granted":
    case "authorization_refused":
      return [await authorizationRequest(container, id)]
    case "profile_change_approved":
    case "profile_change_rejected":
      return [await profileChange(container, id)]
    case "settlement_closed":
      return [await statement(container, id)]
    case "low_stock":
      return lowStock(container, id)
  }
}

/** The subject of a staff notice, its path in the admin. */
export async function staffNoticeSubject(container: MedusaContainer, kind: StaffNoticeKind, id: string): Promise<NoticeSubject> {
  switch (kind) {
    case "application_submitted":
      return { ...(await application(container, id)), path: `enterprises/${id}` }
    case "listing_submitted":
      return { ...(await listing(container, id, true)), path: `products/${id}` }
    case "certificate_submitted":
      return { ...(await certificate(container, id)), path: "certificates" }
    case "authorization_requested":
      return { ...(await authorizationRequest(container, id)), path: "brand-authorization-requests" }
    case "profile_change_submitted":
      return { ...(await profileChange(container, id)), path: "enterprise-profile-changes" }
  }
}
