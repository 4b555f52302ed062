import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { applyForEnterpriseWorkflow, ENTERPRISE_ACTOR } from "../workflows/enterprise-portal/apply-for-enterprise"
import { creditCode } from "./enterprise-data"

/** Local-only demo logins for the enterprise portal (README); DEMO_ENTERPRISE_PASSWORD overrides the password. */
export const DEMO_PORTAL = {
  password: "seleno-portal",
  owners: [
    { email: "ziyang@enterprise.example.com", enterpriseHandle: "ziyang-selenium-tea-co", name: "陈紫阳" },
    { email: "langao@enterprise.example.com", enterpriseHandle: "langao-konjac-coop", name: "王岚" },
  ],
  applicant: {
    email: "applicant@enterprise.example.com",
    name: "赵白河",
    enterprise: { name: "白河县富硒茶叶家庭农场", creditStem: "92610929MA6YBH17R", kind: "family_farm" as const, county: "baihe" },
  },
}

function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_ENTERPRISE_PASSWORD || DEMO_PORTAL.password
}

/**
 * Owner logins for two approved demo enterprises and one application waiting for review, so a
 * visitor can try the portal and the review. Adds only what is missing.
 */
export async function seedPortal(container: MedusaContainer): Promise<{ created: number }> {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  let created = 0
  for (const owner of DEMO_PORTAL.owners) {
    const [enterprise] = await service.listEnterprises({ handle: owner.enterpriseHandle }, { select: ["id"] })
    if (!enterprise || (await hasAccount(service, owner.email))) continue
    const authIdentityId = await registerLogin(container, owner.email)
    const account = await service.createEnterpriseAccounts({ email: owner.email, name: owner.name, role: "owner", enterprise_id: enterprise.id })
    await container.resolve(Modules.AUTH).updateAuthIdentities({ id: authIdentityId, app_metadata: { [`${ENTERPRISE_ACTOR}_id`]: account.id } })
    created += 1
  }
  const { applicant } = DEMO_PORTAL
  if (!(await hasAccount(service, applicant.email))) {
    const { enterprise } = applicant
    await applyForEnterpriseWorkflow(container).run({
      input: {
        auth_identity_id: await registerLogin(container, applicant.email),
        email: applicant.email,
        applicant_name: applicant.name,
        enterprise: {
          name: enterprise.name,
          credit_code: creditCode(enterprise.creditStem),
          kind: enterprise.kind,
          county: enterprise.county,
          contact_name: applicant.name,
          contact_phone: "0915-7812345",
        },
      },
    })
    created += 1
  }
  return { created }
}

async function hasAccount(service: EnterpriseModuleService, email: string): Promise<boolean> {
  return (await service.listEnterpriseAccounts({ email }, { select: ["id"] })).length > 0
}

async function registerLogin(container: MedusaContainer, email: string): Promise<string> {
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password: demoPassword() } })
  if (!authIdentity) throw new Error(`Could not register the demo portal login ${email}: ${error}`)
  return authIdentity.id
}
