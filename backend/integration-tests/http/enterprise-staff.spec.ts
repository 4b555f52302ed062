import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { approvedEnterprise, enterpriseLogin, freshCreditCode, PORTAL_PASSWORD, type Headers } from "../utils/enterprise"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

seededSuite("seleno_it_enterprise_staff", ({ api, getContainer }) => {
  async function registered(email: string) {
    const { data } = await api.post("/auth/enterprise/emailpass/register", { email, password: PORTAL_PASSWORD })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }

  /** Invites `email` into the owner's enterprise in `role` and signs the colleague in. */
  async function member(owner: Headers, email: string, role: string, name = "小周") {
    const { data } = await api.post("/enterprise/invites", { email, role }, owner)
    const accepted = await api.post("/enterprise-invites/accept", { token: data.token, name }, await registered(email))
    return { id: accepted.data.account.id as string, headers: await enterpriseLogin(api, email) }
  }

  it("an owner invites a colleague in a role, who joins that enterprise only", async () => {
    const owner = await approvedEnterprise(api, "owner@staff-test.example.com")
    const { status, data } = await api.post("/enterprise/invites", { email: "Colleague@staff-test.example.com", role: "packer" }, owner.headers)
    expect(status).toBe(201)
    expect(data.invite).toMatchObject({ email: "colleague@staff-test.example.com", role: "packer" })
    expect(data.join_path).toBe(`/portal/join?token=${encodeURIComponent(data.token)}`)
    expect((await api.get("/enterprise/accounts", owner.headers)).data.invites).toMatchObject([{ role: "packer" }])

    const colleague = await registered("colleague@staff-test.example.com")
    const accepted = await api.post("/enterprise-invites/accept", { token: data.token, name: "小周" }, colleague)
    expect(accepted.data.account).toMatchObject({ role: "packer", name: "小周" })
    const packer = await enterpriseLogin(api, "colleague@staff-test.example.com")
    const me = await api.get("/enterprise/me", packer)
    expect(me.data).toMatchObject({ account: { role: "packer" }, enterprise: { id: owner.enterpriseId } })

    const team = (await api.get("/enterprise/accounts", owner.headers)).data
    expect(team.accounts.map((a: { role: string }) => a.role)).toEqual(["owner", "packer"])
    expect(team.invites).toEqual([])

    // Colleagues act for the enterprise but do not run it; everyone may rename themselves.
    const invite = await expectFailure(api.post("/enterprise/invites", { email: "third@staff-test.example.com" }, packer))
    expect(invite.status).toBe(403)
    expect(invite.data.code).toBe("enterprise_role_forbidden")
    const contact = await expectFailure(api.post("/enterprise/me", { contact_name: "小周" }, packer))
    expect(contact.status).toBe(403)
    expect(contact.data).toMatchObject({ code: "enterprise_role_forbidden", params: { role: "packer", area: "profile" } })
    expect((await api.post("/enterprise/me", { name: "周小" }, packer)).data.account.name).toBe("周小")

    // An invitation names a role the portal knows, or none (an operator).
    const badRole = await expectFailure(api.post("/enterprise/invites", { email: "x@staff-test.example.com", role: "boss" }, owner.headers))
    expect(badRole.status).toBe(400)
    expect(badRole.data.message).toMatch(/'owner, operator, finance, packer' for field 'role'/)
    expect((await api.post("/enterprise/invites", { email: "y@staff-test.example.com" }, owner.headers)).data.invite.role).toBe("operator")

    // Another enterprise sees none of it.
    const other = await approvedEnterprise(api, "owner@other-test.example.com")
    const theirs = (await api.get("/enterprise/accounts", other.headers)).data
    expect(theirs.accounts.map((a: { email: string }) => a.email)).toEqual(["owner@other-test.example.com"])
  })

  it("the backend holds each role to its work, route by route", async () => {
    const owner = await approvedEnterprise(api, "owner@roles-test.example.com")
    const roles = {
      operator: (await member(owner.headers, "operator@roles-test.example.com", "operator")).headers,
      finance: (await member(owner.headers, "finance@roles-test.example.com", "finance")).headers,
      packer: (await member(owner.headers, "packer@roles-test.example.com", "packer")).headers,
    }
    const since = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10)
    const today = new Date().toISOString().slice(0, 10)
    // [route, who may use it]: the specification of the four roles, written out on purpose.
    const matrix: [string, string[]][] = [
      ["GET /enterprise/dashboard", ["operator", "finance"]],
      ["GET /enterprise/products", ["operator"]],
      ["GET /enterprise/certificates", ["operator"]],
      ["GET /enterprise/price-floors", ["operator"]],
      ["GET /enterprise/orders", ["operator", "finance", "packer"]],
      ["POST /enterprise/orders/order_none/fulfillments", ["operator", "packer"]],
      ["GET /enterprise/trace-batches", ["operator", "packer"]],
      ["GET /enterprise/flagged-serials", ["operator", "packer"]],
      ["GET /enterprise/after-sales", ["operator"]],
      ["GET /enterprise/report-cases", ["operator"]],
      [`GET /enterprise/settlement?from=${since}&to=${today}`, ["finance"]],
      ["GET /enterprise/invoices", ["finance"]],
      ["GET /enterprise/accounts", []],
      ["POST /enterprise/invites", []],
    ]
    for (const [route, allowed] of matrix) {
      const [method, path] = route.split(" ") as ["GET" | "POST", string]
      for (const [role, headers] of Object.entries(roles)) {
        const call = method === "GET" ? api.get(path, headers) : api.post(path, {}, headers)
        // Allowed calls may still fail on their merits (no such order): only the role refusal counts.
        const refused = await call.then(
          () => false,
          (e: { response?: { data?: { code?: string } } }) => e.response?.data?.code === "enterprise_role_forbidden"
        )
        expect({ route, role, refused }).toEqual({ route, role, refused: !allowed.includes(role) })
      }
    }
  })

  it("an owner changes roles and removes members, and the enterprise always keeps an owner", async () => {
    const owner = await approvedEnterprise(api, "owner@team-change.example.com")
    const packer = await member(owner.headers, "packer@team-change.example.com", "packer")
    const ownerId = (await api.get("/enterprise/me", owner.headers)).data.account.id as string

    const settlement = () => api.get("/enterprise/invoices", packer.headers)
    expect((await expectFailure(settlement())).status).toBe(403)
    const changed = await api.post(`/enterprise/accounts/${packer.id}`, { role: "finance" }, owner.headers)
    expect(changed.data.account).toMatchObject({ id: packer.id, role: "finance" })
    expect((await settlement()).status).toBe(200)

    // Only an owner changes the team; the last owner can be neither demoted nor removed.
    const byColleague = await expectFailure(api.post(`/enterprise/accounts/${ownerId}`, { role: "packer" }, packer.headers))
    expect(byColleague.status).toBe(403)
    const demoteSelf = await expectFailure(api.post(`/enterprise/accounts/${ownerId}`, { role: "operator" }, owner.headers))
    expect(demoteSelf.data).toMatchObject({ code: "team_last_owner" })
    expect(demoteSelf.status).toBe(400)
    const removeSelf = await expectFailure(api.delete(`/enterprise/accounts/${ownerId}`, owner.headers))
    expect(removeSelf.data.code).toBe("team_self_removal")

    // Another enterprise's member is not ours to change.
    const other = await approvedEnterprise(api, "owner@team-change-other.example.com")
    const foreign = await expectFailure(api.post(`/enterprise/accounts/${packer.id}`, { role: "owner" }, other.headers))
    expect(foreign.status).toBe(404)
    expect(foreign.data.code).toBe("team_not_member")
    expect((await api.get("/enterprise/me", packer.headers)).data.account.role).toBe("finance")

    // Two owners: one may step down.
    await api.post(`/enterprise/accounts/${packer.id}`, { role: "owner" }, owner.headers)
    expect((await api.post(`/enterprise/accounts/${ownerId}`, { role: "operator" }, owner.headers)).data.account.role).toBe("operator")
    await api.post(`/enterprise/accounts/${ownerId}`, { role: "owner" }, packer.headers)

    // Removal: the member's token stops working at once, and the e-mail can be invited again.
    const removed = await api.delete(`/enterprise/accounts/${packer.id}`, owner.headers)
    expect(removed.data).toEqual({ id: packer.id, object: "enterprise_account", deleted: true })
    expect((await expectFailure(api.get("/enterprise/me", packer.headers))).status).toBe(401)
    const team = (await api.get("/enterprise/accounts", owner.headers)).data
    expect(team.accounts.map((a: { email: string }) => a.email)).toEqual(["owner@team-change.example.com"])
    const back = await member(owner.headers, "packer@team-change.example.com", "packer", "回来的小周")
    expect((await api.get("/enterprise/me", back.headers)).data.account).toMatchObject({ role: "packer", name: "回来的小周" })
  })

  it("two owners demoting each other at the same moment leave the enterprise one owner", async () => {
    const first = await approvedEnterprise(api, "first@team-race.example.com")
    const second = await member(first.headers, "second@team-race.example.com", "owner")
    const firstId = (await api.get("/enterprise/me", first.headers)).data.account.id as string
    for (let round = 0; round < 3; round++) {
      const [byFirst, bySecond] = await Promise.allSettled([
        api.post(`/enterprise/accounts/${second.id}`, { role: "operator" }, first.headers),
        api.post(`/enterprise/accounts/${firstId}`, { role: "operator" }, second.headers),
      ])
      expect([byFirst, bySecond].filter((a) => a.status === "fulfilled")).toHaveLength(1)
      const refused = [byFirst, bySecond].find((a): a is PromiseRejectedResult => a.status === "rejected")!
      expect([400, 403]).toContain(refused.reason.response.status)
      const winner = byFirst.status === "fulfilled" ? first.headers : second.headers
      const team = (await api.get("/enterprise/accounts", winner)).data.accounts as { role: string }[]
      expect(team.filter((a) => a.role === "owner")).toHaveLength(1)
      // Back to two owners for the next round.
      await api.post(`/enterprise/accounts/${byFirst.status === "fulfilled" ? second.id : firstId}`, { role: "owner" }, winner)
    }
  })

  it("staff who register an enterprise invite its owner, or register nothing", async () => {
    const admin = await adminHeaders(api)
    const body = (email: string, handle: string) => ({ handle, name: `${handle} 合作社`, credit_code: freshCreditCode(), kind: "cooperative", county: "hanyin", status: "active", owner_email: email })
    const { status, data } = await api.post("/admin/enterprises", body("Boss@registered-by-staff.example.com", "registered-by-staff"), admin)
    expect(status).toBe(201)
    expect(data.owner_invite).toMatchObject({ email: "boss@registered-by-staff.example.com", role: "owner" })
    const token = new URLSearchParams(data.join_path.split("?")[1]).get("token")!
    const accepted = await api.post("/enterprise-invites/accept", { token, name: "老板" }, await registered("boss@registered-by-staff.example.com"))
    expect(accepted.data.account).toMatchObject({ role: "owner" })
    const owner = await enterpriseLogin(api, "boss@registered-by-staff.example.com")
    expect((await api.get("/enterprise/me", owner)).data.enterprise.id).toBe(data.enterprise.id)
    expect((await api.post("/enterprise/invites", { email: "helper@registered-by-staff.example.com", role: "packer" }, owner)).status).toBe(201)

    // An owner e-mail that already signs in for an enterprise leaves no enterprise behind.
    const taken = await expectFailure(api.post("/admin/enterprises", body("boss@registered-by-staff.example.com", "registered-twice"), admin))
    expect(taken.status).toBe(422)
    const service = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    expect(await service.listEnterprises({ handle: "registered-twice" })).toEqual([])
  })

  it("an invitation is used once, by the invited e-mail, before it expires", async () => {
    const owner = await approvedEnterprise(api, "owner@invite-rules.example.com")
    const { data } = await api.post("/enterprise/invites", { email: "right@invite-rules.example.com" }, owner.headers)

    const wrongPerson = await expectFailure(api.post("/enterprise-invites/accept", { token: data.token }, await registered("wrong@invite-rules.example.com")))
    expect(wrongPerson.status).toBe(400)
    expect(wrongPerson.data.message).toMatch(/for right@invite-rules.example.com/)
    const forged = await expectFailure(api.post("/enterprise-invites/accept", { token: "x".repeat(32) }, await registered("right@invite-rules.example.com")))
    expect(forged.data.message).toMatch(/not valid/)

    const right = await enterpriseLoginless("right@invite-rules.example.com")
    expect((await api.post("/enterprise-invites/accept", { token: data.token }, right)).status).toBe(201)
    const again = await expectFailure(api.post("/enterprise-invites/accept", { token: data.token }, await registered("late@invite-rules.example.com")))
    expect(again.data.message).toMatch(/not valid/)

    const { data: second } = await api.post("/enterprise/invites", { email: "slow@invite-rules.example.com" }, owner.headers)
    const service = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    await service.updateEnterpriseInvites({ id: second.invite.id, expires_at: new Date(Date.now() - 1000) })
    const expired = await expectFailure(api.post("/enterprise-invites/accept", { token: second.token }, await registered("slow@invite-rules.example.com")))
    expect(expired.status).toBe(400)
    expect(expired.data.message).toMatch(/expired/)
    expect(await service.listEnterpriseAccounts({ email: "slow@invite-rules.example.com" })).toHaveLength(0)
  })

  it("an e-mail that already has an enterprise account cannot be invited", async () => {
    const owner = await approvedEnterprise(api, "owner@dup-invite.example.com")
    await approvedEnterprise(api, "taken@dup-invite.example.com")
    const taken = await expectFailure(api.post("/enterprise/invites", { email: "taken@dup-invite.example.com" }, owner.headers))
    expect(taken.status).toBe(422)
    expect(taken.data.message).toMatch(/already belongs to an enterprise account/)
  })

  // The login already registered above (wrongly signed in as the invitee): sign in to it again.
  async function enterpriseLoginless(email: string) {
    const { data } = await api.post("/auth/enterprise/emailpass", { email, password: PORTAL_PASSWORD })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }
})
