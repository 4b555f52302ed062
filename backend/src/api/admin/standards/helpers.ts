import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StandardView } from "@seleno/domain"
import { STANDARD_FIELDS } from "../../../workflows/certification/standard-book"

/** One standard with its ranges, as GET /admin/standards lists them; 404 when it does not exist. */
export async function retrieveStandardView(scope: MedusaContainer, id: string): Promise<StandardView> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "selenium_standard", fields: STANDARD_FIELDS, filters: { id } })
  const standard = data[0] as unknown as StandardView | undefined
  if (!standard) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Standard with id: ${id} was not found`)
  return { ...standard, ranges: (standard.ranges ?? []).filter((r) => r !== null) }
}
