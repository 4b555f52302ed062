import { MedusaError } from "@medusajs/framework/utils"
import type { TeamProblemCode } from "@seleno/domain"
import { codedError } from "../../lib/coded-error"

const TEAM_PROBLEMS: Record<TeamProblemCode, { type: string; message: string }> = {
  team_owner_only: { type: MedusaError.Types.FORBIDDEN, message: "Only the enterprise's owner can invite colleagues or change the team" },
  team_not_member: { type: MedusaError.Types.NOT_FOUND, message: "No member of your enterprise has this id" },
  team_last_owner: {
    type: MedusaError.Types.NOT_ALLOWED,
    message: "This is the enterprise's only owner; make another member owner first",
  },
  team_self_removal: {
    type: MedusaError.Types.NOT_ALLOWED,
    message: "Owners cannot remove themselves; another owner can remove you",
  },
}

/** A refused team change, with the code the portal words. */
export function teamProblemError(code: TeamProblemCode): MedusaError {
  const { type, message } = TEAM_PROBLEMS[code]
  return codedError({ code, params: {}, message }, type)
}
