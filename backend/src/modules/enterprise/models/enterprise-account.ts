import { model } from "@medusajs/framework/utils"
import { ENTERPRISE_ROLES } from "@seleno/domain"
import Enterprise from "./enterprise"

/**
 * A person who signs in to the portal for one enterprise (auth actor type `enterprise`; the auth
 * identity's app_metadata holds this id). The owner applied for the enterprise and invites colleagues,
 * each with a role that bounds what the portal lets them do (see @seleno/domain enterprise/team).
 */
const EnterpriseAccount = model.define("enterprise_account", {
  id: model.id({ prefix: "entacc" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum([...ENTERPRISE_ROLES]).default("operator"),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "accounts" }),
})

export default EnterpriseAccount
