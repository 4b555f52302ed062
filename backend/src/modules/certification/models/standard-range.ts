import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_CATEGORIES } from "@seleno/domain"
import SeleniumStandard from "./selenium-standard"

/** The figures one standard sets for one product category, in mg/kg selenium. */
const StandardRange = model
  .define("standard_range", {
    id: model.id({ prefix: "srng" }).primaryKey(),
    category: model.enum([...CERTIFICATE_CATEGORIES]),
    /** The 富硒 (selenium-rich) threshold a certificate must meet. */
    min_mg_per_kg: model.float(),
    /** Null where the standard sets no upper limit. */
    max_mg_per_kg: model.float().nullable(),
    /** The lower 含硒 (selenium-containing) tier, where the standard has one. */
    containing_min_mg_per_kg: model.float().nullable(),
    containing_max_mg_per_kg: model.float().nullable(),
    standard: model.belongsTo(() => SeleniumStandard, { mappedBy: "ranges" }),
  })
  .indexes([{ on: ["standard_id", "category"], unique: true, where: "deleted_at IS NULL" }])

export default StandardRange
