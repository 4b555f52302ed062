import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { SeededSuite } from "./suite"

type Api = SeededSuite["api"]
export type Headers = { headers: Record<string, string> }

export const MARKETING_PASSWORD = "seleno-marketing-1"

/** Creates an admin user with metadata.role "marketing" (a fresh e-mail each call) and returns its id. */
export async function createMarketingUser(container: MedusaContainer, email = `marketing-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`): Promise<{ id: string; email: string }> {
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password: MARKETING_PASSWORD } })
  if (!authIdentity) throw new Error(`Could not register ${email}: ${error}`)
  const { result } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "市场", last_name: "专员", metadata: { role: "marketing" } } },
  })
  return { id: result.id, email }
}

/** Bearer headers of a new marketing staff user (user.metadata.role = "marketing"). */
export async function marketingHeaders(api: Api, container: MedusaContainer): Promise<Headers> {
  const user = await createMarketingUser(container)
  return staffLogin(api, user.email)
}

/** Bearer headers for an admin user with the marketing test password. */
export async function staffLogin(api: Api, email: string): Promise<Headers> {
  const { data } = await api.post("/auth/user/emailpass", { email, password: MARKETING_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
