import { model } from "@medusajs/framework/utils"
import { ENTERPRISE_ROLES } from "@seleno/domain"
import Enterprise from "./enterprise"

/**
 * An owner's invitation for a colleague to join the enterprise in a role. Only a hash of the token
 * is kept: the link the owner passes on is the one place the token exists.
 */
const EnterpriseInvite = model.define("enterprise_invite", {
  id: model.id({ prefix: "entinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  /** The role the colleague gets on accepting. */
  role: model.enum([...ENTERPRISE_ROLES]).default("operator"),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "invites" }),
})

export default EnterpriseInvite
