import { model } from "@medusajs/framework/utils"
import Base from "./base"
import BrandAuthorization from "./brand-authorization"

/** A company, cooperative (合作社) or family farm (家庭农场) that sells on the platform. */
const Enterprise = model.define("enterprise", {
  id: model.id({ prefix: "ent" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().translatable().searchable(),
  description: model.text().translatable().nullable(),
  /** 统一社会信用代码, validated with its check character by the service. */
  credit_code: model.text().unique(),
  kind: model.enum(["company", "cooperative", "family_farm"]),
  county: model.text(),
  contact_name: model.text().nullable(),
  contact_phone: model.text().nullable(),
  status: model.enum(["pending", "active", "suspended"]).default("pending"),
  bases: model.hasMany(() => Base, { mappedBy: "enterprise" }),
  brand_authorizations: model.hasMany(() => BrandAuthorization, { mappedBy: "enterprise" }),
})

export default Enterprise
