import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedCase } from "./load-case"

/** Ids of the certificates held for the case's product or by its enterprise. */
export async function caseCertificateIds(
  query: { graph: (config: { entity: string; fields: string[]; filters: Record<string, unknown> }) => Promise<{ data: unknown[] }> },
  subject: Pick<LoadedCase, "product_id" | "enterprise_id">
): Promise<string[]> {
  const ids = new Set<string>()
  if (subject.product_id) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "certificates.id"], filters: { id: subject.product_id } })
    for (const c of (data[0] as { certificates?: ({ id: string } | null)[] } | undefined)?.certificates ?? []) if (c) ids.add(c.id)
  }
  if (subject.enterprise_id) {
    const { data } = await query.graph({ entity: "enterprise", fields: ["id", "certificates.id"], filters: { id: subject.enterprise_id } })
    for (const c of (data[0] as { certificates?: ({ id: string } | null)[] } | undefined)?.certificates ?? []) if (c) ids.add(c.id)
  }
  return [...ids]
}

/** A case may revoke only a certificate of its own product or enterprise, never an unrelated one. */
export const checkCaseCertificateStep = createStep(
  "check-report-case-certificate",
  async (input: { loaded: LoadedCase; certificate_id: string }, { container }) => {
    const ids = await caseCertificateIds(container.resolve(ContainerRegistrationKeys.QUERY) as never, input.loaded)
    if (!ids.includes(input.certificate_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `certificate_id: ${input.certificate_id} is not a certificate of this case's product or enterprise [certificate_not_of_case]`
      )
    }
    return new StepResponse(input.certificate_id)
  }
)
