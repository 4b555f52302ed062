import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { creditCodeCheckCharacter } from "@seleno/domain"
import { MINIMAL_PNG, minimalPdf } from "../../src/workflows/enterprise-certificates/__tests__/sample-files"
import { adminHeaders } from "./store"
import type { SeededSuite } from "./suite"

type Api = SeededSuite["api"]
export type Headers = { headers: Record<string, string> }

export const PORTAL_PASSWORD = "seleno-portal-1"

let serial = 0
/** A valid unified social credit code (汉阴县, cooperative) no other test in this process used. */
export function freshCreditCode(): string {
  serial += 1
  const first17 = `93610921MA${(Date.now() % 1e5).toString(36).toUpperCase().padStart(4, "0").slice(-4)}${serial.toString(36).toUpperCase().padStart(3, "0")}`
  const clean = first17.replace(/[IOSVZ]/g, "1")
  return clean + creditCodeCheckCharacter(clean)
}

/** Registers a portal login and applies for an enterprise; returns the (pending) enterprise's id. */
export async function applyForEnterprise(api: Api, email: string, overrides: Record<string, unknown> = {}): Promise<{ enterpriseId: string; creditCode: string }> {
  const { data: registered } = await api.post("/auth/enterprise/emailpass/register", { email, password: PORTAL_PASSWORD })
  const creditCode = freshCreditCode()
  const { data } = await api.post(
    "/enterprise-applications",
    { name: `测试合作社 ${email}`, credit_code: creditCode, kind: "cooperative", county: "hanyin", contact_name: "李娜", contact_phone: "0915-5211234", ...overrides },
    { headers: { authorization: `Bearer ${registered.token}` } }
  )
  return { enterpriseId: data.enterprise.id, creditCode }
}

/** Signs a portal account in; bearer headers for /enterprise routes. */
export async function enterpriseLogin(api: Api, email: string): Promise<Headers> {
  const { data } = await api.post("/auth/enterprise/emailpass", { email, password: PORTAL_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/**
 * An approved enterprise with its owner signed in, authorized (when `brandHandle` is given) to sell
 * under that seeded brand in `categoryHandles` for a year from yesterday.
 */
export async function approvedEnterprise(
  api: Api,
  email: string,
  grant?: { brandHandle: string; categoryHandles: string[] }
): Promise<{ enterpriseId: string; headers: Headers; admin: Headers }> {
  const { enterpriseId } = await applyForEnterprise(api, email)
  const admin = await adminHeaders(api)
  await api.post(`/admin/enterprises/${enterpriseId}/review`, { decision: "approve" }, admin)
  if (grant) {
    const { data } = await api.get(`/admin/brands?handle=${grant.brandHandle}`, admin)
    const brandId = (data.brands as { id: string; handle: string }[]).find((b) => b.handle === grant.brandHandle)!.id
    const day = 24 * 60 * 60 * 1000
    await api.post(
      `/admin/enterprises/${enterpriseId}/brand-authorizations`,
      { brand_id: brandId, category_handles: grant.categoryHandles, valid_from: new Date(Date.now() - day), valid_until: new Date(Date.now() + 365 * day) },
      admin
    )
  }
  return { enterpriseId, headers: await enterpriseLogin(api, email), admin }
}

/** A complete 1×1 PNG: uploads are decoded and re-encoded, so a bare header no longer passes. */
export const TINY_PNG = MINIMAL_PNG
export const TINY_PDF = minimalPdf()

/** The seeded (demo) issuer in Ankang, accredited for tea among others. */
export const ANKANG_ISSUER = "安康市富硒产品质量检验中心"

/** The id of an active issuer in the register, as the portal's form lists them. */
export async function issuerIdByName(api: Api, headers: Headers, name = ANKANG_ISSUER): Promise<string> {
  const { data } = await api.get("/enterprise/issuers", headers)
  const issuer = (data.issuers as { id: string; name: string }[]).find((i) => i.name === name)
  if (!issuer) throw new Error(`no active issuer named ${name} in the register`)
  return issuer.id
}

/** Uploads one file through POST /enterprise/uploads; the url it is stored under. */
export async function uploadFile(api: Api, headers: Headers, name: string, type: string, content: Buffer, purpose?: "product_image"): Promise<string> {
  const body = new FormData()
  body.append("files", new Blob([new Uint8Array(content)], { type }), name)
  if (purpose) body.append("purpose", purpose)
  return (await api.post("/enterprise/uploads", body, headers)).data.files[0].url as string
}

/** A tea product certificate an enterprise submits (NY/T 600-2002, 1.1 mg/kg, valid for a year from yesterday). */
export function teaCertificateBody(input: { number: string; productId: string; reportUrl: string; issuerId: string }) {
  return {
    number: input.number,
    issuer_id: input.issuerId,
    subject: "product",
    standard_code: "NY/T 600-2002",
    category: "tea",
    measured_mg_per_kg: 1.1,
    test_lab: "安康市富硒产品质量检验中心",
    tested_on: "2026-10-01",
    valid_from: new Date(Date.now() - 86_400_000).toISOString(),
    valid_until: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    product_id: input.productId,
    test_report_url: input.reportUrl,
  }
}

/**
 * Moves seeded products to `enterpriseId` as if it had always sold them: the product ↔ enterprise
 * link (a product has one enterprise), the enterprise's parcel for the product's temperature class
 * (its shipping profile, so the cart asks for that enterprise's shipping) and stock at its base.
 * Returns the product ids.
 */
export async function moveProductsToEnterprise(container: MedusaContainer, handles: string[], enterpriseId: string): Promise<string[]> {
  // Required here, not imported above: link definitions must load after Medusa's modules.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ensureEnterpriseParcel } = require("../../src/lib/enterprise-parcels") as typeof import("../../src/lib/enterprise-parcels")
  const { productHandling } = require("../../src/lib/product-handling") as typeof import("../../src/lib/product-handling")
  const { ENTERPRISE_MODULE } = require("../../src/modules/enterprise") as typeof import("../../src/modules/enterprise")
  /* eslint-enable @typescript-eslint/no-require-imports */
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "enterprise.id", "shipping_profile.id", "variants.inventory_items.inventory_item_id"],
    filters: { handle: handles },
  })
  const products = data as { id: string; enterprise?: { id: string } | null; shipping_profile?: { id: string } | null; variants?: { inventory_items?: { inventory_item_id: string }[] }[] }[]
  const handling = await productHandling(container, products.map((p) => p.id))
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const product of products) {
    if (product.enterprise) await link.dismiss({ [Modules.PRODUCT]: { product_id: product.id }, [ENTERPRISE_MODULE]: { enterprise_id: product.enterprise.id } })
    await link.create({ [Modules.PRODUCT]: { product_id: product.id }, [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId } })
    const parcel = await ensureEnterpriseParcel(container, enterpriseId, handling.get(product.id)?.temperature_class ?? "ambient")
    const profileLink = (profileId: string) => ({ [Modules.PRODUCT]: { product_id: product.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profileId } })
    if (product.shipping_profile && product.shipping_profile.id !== parcel.shippingProfileId) await link.dismiss(profileLink(product.shipping_profile.id))
    if (product.shipping_profile?.id !== parcel.shippingProfileId) await link.create(profileLink(parcel.shippingProfileId))
    for (const variant of product.variants ?? []) {
      for (const item of variant.inventory_items ?? []) levels.push({ inventory_item_id: item.inventory_item_id, location_id: parcel.stockLocationId, stocked_quantity: 1000 })
    }
  }
  const existing = levels.length
    ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: levels.map((l) => l.inventory_item_id) }, { select: ["inventory_item_id", "location_id"] })
    : []
  const missing = levels.filter((l) => !existing.some((e) => e.inventory_item_id === l.inventory_item_id && e.location_id === l.location_id))
  if (missing.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
  return products.map((p) => p.id)
}
