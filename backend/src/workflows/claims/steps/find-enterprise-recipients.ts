import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The portal accounts' e-mail addresses of each enterprise, by enterprise id. */
export const findEnterpriseRecipientsStep = createStep("find-enterprise-recipients", async (enterpriseIds: string[], { container }) => {
  const recipients: Record<string, string[]> = {}
  if (enterpriseIds.length === 0) return new StepResponse(recipients)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "enterprise",
    fields: ["id", "accounts.email"],
    filters: { id: enterpriseIds },
  })
  for (const e of data as unknown as { id: string; accounts?: ({ email: string } | null)[] }[]) {
    recipients[e.id] = (e.accounts ?? []).filter((a): a is { email: string } => Boolean(a?.email)).map((a) => a.email)
  }
  return new StepResponse(recipients)
})
