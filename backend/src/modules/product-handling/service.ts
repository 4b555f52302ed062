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
}
