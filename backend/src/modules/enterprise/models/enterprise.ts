import { model } from "@medusajs/framework/utils"
import { ENTERPRISE_KINDS, ENTERPRISE_STATUSES } from "@seleno/domain"
import Base from "./base"
import BrandAuthorization from "./brand-authorization"
import BrandAuthorizationRequest from "./brand-authorization-request"
import EnterpriseAccount from "./enterprise-account"
import EnterpriseInvite from "./enterprise-invite"
import ProfileChange from "./profile-change"

/** A company, cooperative (合作社) or family farm (家庭农场) that sells on the platform. */
const Enterprise = model.define("enterprise", {
  id: model.id({ prefix: "ent" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().translatable().searchable(),
  description: model.text().translatable().nullable(),
  /** 统一社会信用代码, validated with its check character by the service. */
  credit_code: model.text().unique(),
  kind: model.enum([...ENTERPRISE_KINDS]),
  county: model.text(),
  contact_name: model.text().nullable(),
  contact_phone: model.text().nullable(),
  /** pending: applied, waiting for platform staff; rejected: with review_note saying why. */
  status: model.enum([...ENTERPRISE_STATUSES]).default("pending"),
  review_note: model.text().nullable(),
  /** The platform's commission on this enterprise's sales, in basis points (500 = 5 %). */
  commission_bps: model.number().default(500),
  /** The business licence (营业执照) uploaded with the application, through Medusa's file module. */
  licence_file_url: model.text().nullable(),
  accounts: model.hasMany(() => EnterpriseAccount, { mappedBy: "enterprise" }),
  invites: model.hasMany(() => EnterpriseInvite, { mappedBy: "enterprise" }),
  bases: model.hasMany(() => Base, { mappedBy: "enterprise" }),
  brand_authorizations: model.hasMany(() => BrandAuthorization, { mappedBy: "enterprise" }),
  brand_authorization_requests: model.hasMany(() => BrandAuthorizationRequest, { mappedBy: "enterprise" }),
  profile_changes: model.hasMany(() => ProfileChange, { mappedBy: "enterprise" }),
})

export default Enterprise
