import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/flagged-serials — packages whose scans look like a counterfeit, newest flag first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "package_serial",
    fields: ["id", "serial", "flagged_at", "batch.id", "batch.gtin", "batch.lot"],
    filters: { flagged_at: { $ne: null } },
  })
  const serials = [...(data as unknown as { flagged_at: string }[])].sort((a, b) => new Date(b.flagged_at).getTime() - new Date(a.flagged_at).getTime())
  res.json({ serials, count: serials.length })
}
