import { model } from "@medusajs/framework/utils"
import { PROFILE_CHANGE_STATUSES } from "@seleno/domain"
import Enterprise from "./enterprise"

/**
 * A change of an approved enterprise's legal details (name, credit code, kind, county, licence)
 * waiting for staff, or decided. `previous` keeps what the fields were when it was asked, so staff
 * review the difference and the history says what changed.
 */
const ProfileChange = model.define("enterprise_profile_change", {
  id: model.id({ prefix: "epchg" }).primaryKey(),
  changes: model.json(),
  previous: model.json(),
  status: model.enum([...PROFILE_CHANGE_STATUSES]).default("pending"),
  review_note: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "profile_changes" }),
}).indexes([
  // One change waits per enterprise, even when two owners send one at the same moment.
  { name: "IDX_enterprise_profile_change_one_pending", on: ["enterprise_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
])

export default ProfileChange
