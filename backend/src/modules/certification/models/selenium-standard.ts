import { model } from "@medusajs/framework/utils"
import StandardRange from "./standard-range"

/**
 * A selenium standard certificates cite (NY/T 600-2002 …), maintained by staff. It covers a product
 * category only through a range row entered from the standard's text; without one, no certificate
 * can be issued under it for that category.
 */
const SeleniumStandard = model
  .define("selenium_standard", {
    id: model.id({ prefix: "sstd" }).primaryKey(),
    /** As printed, edition included: "NY/T 600-2002". Certificates cite it by this code. */
    code: model.text(),
    /** The edition's year, "2002". */
    edition: model.text(),
    name_zh: model.text(),
    name_en: model.text(),
    /** Where the figures were entered from, so staff can check them against the published text. */
    source: model.text(),
    note: model.text().nullable(),
    ranges: model.hasMany(() => StandardRange, { mappedBy: "standard" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["ranges"] })

export default SeleniumStandard
