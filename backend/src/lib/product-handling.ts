import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { temperatureClassOfProfileType, type TemperatureClass } from "@seleno/domain"
import { PRODUCT_HANDLING_MODULE } from "../modules/product-handling"
import type ProductHandlingModuleService from "../modules/product-handling/service"

export interface ProductHandling {
  temperature_class: TemperatureClass
  /** 鲜活易腐: no 7-day no-reason return (消费者权益保护法 第二十五条). */
  perishable: boolean
}

/**
 * How each product travels and whether it is perishable. The class is the product's shipping
 * profile (an enterprise parcel's profile is typed by its class, the default profile ships ambient);
 * perishability is kept by the product-handling module. Unknown ids are left out of the map.
 */
export async function productHandling(container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductHandling>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  // Product ↔ shipping profile is one of Medusa's links, not a product column.
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "shipping_profile.type"],
    filters: { id: ids },
  })
  const products = data as { id: string; shipping_profile?: { type?: string | null } | null }[]
  const rows = await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).listProductHandlings({ id: ids }, { select: ["id", "perishable"] })
  const perishable = new Map(rows.map((r) => [r.id, r.perishable]))
  return new Map(
    products.map((p) => {
      return [p.id, { temperature_class: temperatureClassOfProfileType(p.shipping_profile?.type), perishable: perishable.get(p.id) ?? false }]
    })
  )
}
