import type { MedusaContainer } from "@medusajs/framework/types"
import type { TemperatureClass } from "@seleno/domain"

export interface ProductHandling {
  temperature_class: TemperatureClass
  /** 鲜活易腐: no 7-day no-reason return (消费者权益保护法 第二十五条). */
  perishable: boolean
}

/**
 * How each product travels and whether it is perishable.
 * TODO(issue 17, parcels helper): read from where the parcels work keeps it.
 */
export async function productHandling(_container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductHandling>> {
  return new Map(productIds.map((id) => [id, { temperature_class: "ambient", perishable: false }]))
}
