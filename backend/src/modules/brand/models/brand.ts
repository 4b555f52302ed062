import { model } from "@medusajs/framework/utils"

/**
 * A brand in the catalogue: a regional public brand, a county brand or geographical indication
 * beneath it, or an enterprise brand. Name and story are stored in Chinese and translated
 * through the Translation Module.
 */
const Brand = model
  .define("brand", {
    id: model.id({ prefix: "brand" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().translatable().searchable(),
    story: model.text().translatable().nullable(),
    level: model.enum(["regional", "county", "enterprise"]),
    mark_type: model.enum(["gi_certification_mark", "collective_mark", "trademark", "gi_filed"]),
    region: model.text(),
    counties: model.array().default([]),
    logo_url: model.text().nullable(),
    parent: model.belongsTo(() => Brand, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => Brand, { mappedBy: "parent" }),
  })
  .indexes([{ on: ["region"] }])

export default Brand
