import { MedusaService } from "@medusajs/framework/utils"
import ProductHandling from "./models/product-handling"

export default class ProductHandlingModuleService extends MedusaService({ ProductHandling }) {
  /** Records whether each product is perishable (insert or update). */
  async setPerishable(entries: { product_id: string; perishable: boolean }[]): Promise<void> {
    if (!entries.length) return
    const ids = entries.map((e) => e.product_id)
    const existing = new Set((await this.listProductHandlings({ id: ids }, { select: ["id"] })).map((r) => r.id))
    const toCreate = entries.filter((e) => !existing.has(e.product_id)).map((e) => ({ id: e.product_id, perishable: e.perishable }))
    const toUpdate = entries.filter((e) => existing.has(e.product_id)).map((e) => ({ id: e.product_id, perishable: e.perishable }))
    if (toCreate.length) await this.createProductHandlings(toCreate)
    if (toUpdate.length) await this.updateProductHandlings(toUpdate)
  }

  /** Marks products offline with the channels they left, or (null) back on sale; insert or update. */
  async setOffline(entries: { product_id: string; offline: { at: Date; sales_channel_ids: string[] } | null }[]): Promise<void> {
    if (!entries.length) return
    const existing = new Set((await this.listProductHandlings({ id: entries.map((e) => e.product_id) }, { select: ["id"] })).map((r) => r.id))
    const row = (e: (typeof entries)[number]) => ({
      id: e.product_id,
      offline_at: e.offline?.at ?? null,
      offline_sales_channel_ids: e.offline ? (e.offline.sales_channel_ids as unknown as Record<string, unknown>) : null,
    })
    const toCreate = entries.filter((e) => !existing.has(e.product_id)).map(row)
    const toUpdate = entries.filter((e) => existing.has(e.product_id)).map(row)
    if (toCreate.length) await this.createProductHandlings(toCreate)
    if (toUpdate.length) await this.updateProductHandlings(toUpdate)
  }
}
