import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { deliveryEstimateOf, temperatureClassOfProfileType, type CartParcelView } from "@seleno/domain"
import EnterpriseShippingProfileLink from "../links/enterprise-shipping-profile"

interface CartRow {
  id: string
  items?: ({ id: string; title?: string | null; product_title?: string | null; variant_title?: string | null; quantity: number; product_id?: string | null } | null)[]
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[]
}

/** The shipping profile of each product in the cart (a parcel = a profile). */
async function cartProfiles(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.product_id", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  const items = (cart.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "shipping_profile.id", "shipping_profile.type"], filters: { id: productIds } })
    : { data: [] }
  const profileOf = new Map((products as { id: string; shipping_profile?: { id: string; type: string } | null }[]).map((p) => [p.id, p.shipping_profile ?? null]))
  return { cart, items, profileOf }
}

/**
 * The cart's parcels: one per shipping profile among its items, with the enterprise that ships it,
 * what it holds, the options Medusa offers for the cart's address restricted to that profile, and
 * the option chosen so far. Medusa's own option list is not restricted to the cart's profiles.
 */
export async function cartParcels(container: MedusaContainer, cartId: string): Promise<CartParcelView[]> {
  const { cart, items, profileOf } = await cartProfiles(container, cartId)
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId, is_return: false } })
  const parcels = new Map<string, CartParcelView>()
  for (const item of items) {
    const profile = item.product_id ? profileOf.get(item.product_id) : null
    if (!profile) continue
    const parcel = parcels.get(profile.id) ?? {
      shipping_profile_id: profile.id,
      enterprise: null,
      temperature_class: temperatureClassOfProfileType(profile.type),
      items: [],
      options: [],
      selected_option_id: null,
    }
    parcel.items.push({ id: item.id, title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "), quantity: item.quantity })
    parcels.set(profile.id, parcel)
  }
  const chosen = new Set((cart.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter(Boolean))
  for (const option of options as { id: string; name: string; shipping_profile_id: string; amount?: number; data?: unknown; insufficient_inventory?: boolean }[]) {
    const parcel = parcels.get(option.shipping_profile_id)
    if (!parcel) continue
    parcel.options.push({ id: option.id, name: option.name, amount: option.amount ?? 0, delivery: deliveryEstimateOf(option.data) })
    if (chosen.has(option.id)) parcel.selected_option_id = option.id
  }
  for (const parcel of parcels.values()) parcel.options.sort((a, b) => a.amount - b.amount)
  await nameEnterprises(container, [...parcels.values()])
  return [...parcels.values()]
}

async function nameEnterprises(container: MedusaContainer, parcels: CartParcelView[]) {
  if (!parcels.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: EnterpriseShippingProfileLink.entryPoint,
    fields: ["shipping_profile_id", "enterprise.id", "enterprise.name"],
    filters: { shipping_profile_id: parcels.map((p) => p.shipping_profile_id) },
  })
  const byProfile = new Map((data as { shipping_profile_id: string; enterprise?: { id: string; name: string } }[]).map((l) => [l.shipping_profile_id, l.enterprise]))
  for (const parcel of parcels) {
    const enterprise = byProfile.get(parcel.shipping_profile_id)
    if (enterprise) parcel.enterprise = { id: enterprise.id, name: enterprise.name }
  }
}

/**
 * A shipping method may only be added for a parcel the cart holds: the option's shipping profile
 * must be one of its items' profiles. Medusa itself accepts any option its address matches, so an
 * ambient option would otherwise ride along for a chilled product, or another enterprise's option.
 * Returns the refusal, or null when the option fits.
 */
export async function shippingOptionRefusal(container: MedusaContainer, cartId: string, optionId: string): Promise<string | null> {
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionId }, { select: ["id", "name", "shipping_profile_id"] })
  if (!option) return null // Medusa answers an unknown option itself.
  const { items, profileOf } = await cartProfiles(container, cartId)
  const profiles = new Set(items.map((i) => (i.product_id ? profileOf.get(i.product_id)?.id : undefined)).filter(Boolean))
  if (profiles.has(option.shipping_profile_id)) return null
  return `Shipping option ${option.name} (${optionId}) cannot send any item in this cart: it belongs to another parcel (another enterprise's, or another temperature class, e.g. ambient for chilled goods). Choose one of the options listed for each parcel.`
}
