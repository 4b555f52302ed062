import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Brand from "./models/brand"

type BrandLevel = "regional" | "county" | "enterprise"

/** The level a parent must have: a county brand sits under a regional one, an enterprise brand under either. */
const PARENT_LEVELS: Record<BrandLevel, BrandLevel[]> = {
  regional: [],
  county: ["regional"],
  enterprise: ["regional", "county"],
}

export default class BrandModuleService extends MedusaService({ Brand }) {
  /** Refuses a brand placed where the catalogue tree does not allow it, naming the field at fault. */
  async assertPlacement(level: BrandLevel, parentId: string | null | undefined): Promise<void> {
    const allowed = PARENT_LEVELS[level]
    if (!parentId) {
      if (allowed.length > 0) throw invalid(`parent_id is required: a ${level} brand sits under a ${allowed.join(" or ")} brand`)
      return
    }
    if (allowed.length === 0) throw invalid("parent_id must be empty: a regional brand is the top of its tree")
    const [parent] = await this.listBrands({ id: parentId }, { select: ["id", "level"] })
    if (!parent) throw invalid(`parent_id "${parentId}" is not a brand in the catalogue`)
    if (!allowed.includes(parent.level)) throw invalid(`parent_id: a ${level} brand cannot sit under a ${parent.level} brand`)
  }

  async assertHandleFree(handle: string): Promise<void> {
    const [taken] = await this.listBrands({ handle }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle "${handle}" is already used by another brand`)
  }
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
