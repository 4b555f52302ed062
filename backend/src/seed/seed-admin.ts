import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export const DEFAULT_ADMIN = { email: "admin@example.com", password: "supersecret" }

/** The local admin login; ADMIN_EMAIL / ADMIN_PASSWORD override the defaults. */
export function adminCredentials(env: NodeJS.ProcessEnv = process.env): { email: string; password: string } {
  return { email: env.ADMIN_EMAIL || DEFAULT_ADMIN.email, password: env.ADMIN_PASSWORD || DEFAULT_ADMIN.password }
}

export async function seedAdmin(container: MedusaContainer): Promise<{ created: boolean; email: string }> {
  const { email, password } = adminCredentials()
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) return { created: false, email }
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`Could not register the admin ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  return { created: true, email }
}
