import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { invalid, type PromotionDraft } from "../marketing/campaigns"
import { reachesProduct } from "../marketing/campaign-offers"
import { queryOf } from "./products"

/**
 * Refuses a campaign page featuring a product none of its promotions discounts: the page would
 * promise a discount the cart then refuses ("优惠码有效，但不适用"). A promotion without item rules
 * (every item, or free shipping) reaches every product. Tags are read as they are now.
 */
export async function assertFeaturedReached(container: MedusaContainer, featuredIds: readonly string[], drafts: readonly PromotionDraft[]): Promise<void> {
  if (!featuredIds.length || !drafts.length) return
  const ruleSets = drafts.flatMap((d) =>
    d.application_method.target_type !== "items" ? [[]] : [d.application_method.target_rules, ...(d.application_method.buy_rules ? [d.application_method.buy_rules] : [])]
  )
  if (ruleSets.some((rules) => !rules.length)) return
  const { data } = await queryOf(container).graph({ entity: "product", fields: ["id", "title", "categories.id", "tags.id"], filters: { id: [...new Set(featuredIds)] } })
  for (const row of data) {
    const ids = (key: string) => ((row[key] as ({ id: string } | null)[] | null) ?? []).flatMap((x) => (x ? [x.id] : []))
    const product = { id: row.id as string, category_ids: ids("categories"), tag_ids: ids("tags") }
    if (ruleSets.some((rules) => reachesProduct(rules, product))) continue
    throw invalid(`featured_product_ids: ${row.title as string} (${row.id as string}) is not discounted by any promotion of this campaign; feature only products its codes apply to`)
  }
}

interface StoredRule {
  attribute: string
  operator: string
  values?: { value: string }[] | null
}

/** The drafts' rule shape for promotions already in Medusa, so a campaign update is held to the same test. */
export async function storedDrafts(container: MedusaContainer, campaignId: string): Promise<PromotionDraft[]> {
  const promotions = await container.resolve(Modules.PROMOTION).listPromotions(
    { campaign_id: campaignId } as Record<string, unknown>,
    { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values", "application_method.buy_rules", "application_method.buy_rules.values"] }
  )
  const rules = (stored: StoredRule[] | null | undefined) =>
    (stored ?? []).map((r) => ({ attribute: r.attribute, operator: r.operator as "in", values: (r.values ?? []).map((v) => v.value) }))
  return promotions.map((p) => {
    const method = p.application_method as unknown as { target_type: "items" | "shipping_methods"; target_rules?: StoredRule[]; buy_rules?: StoredRule[] } | undefined
    return {
      application_method: {
        target_type: method?.target_type ?? "items",
        target_rules: rules(method?.target_rules),
        ...(method?.buy_rules?.length ? { buy_rules: rules(method.buy_rules) } : {}),
      },
    } as unknown as PromotionDraft
  })
}
