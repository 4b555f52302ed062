import { model } from "@medusajs/framework/utils"
import Enterprise from "./enterprise"

/** A production base (基地): where an enterprise grows or raises what it sells. */
const Base = model.define("enterprise_base", {
  id: model.id({ prefix: "base" }).primaryKey(),
  name: model.text().translatable(),
  county: model.text(),
  location: model.text().nullable(),
  area_mu: model.number().nullable(),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "bases" }),
})

export default Base
