import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { approvedEnterprise, enterpriseLogin, PORTAL_PASSWORD } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

seededSuite("seleno_it_enterprise_staff", ({ api, getContainer }) => {
  async function registered(email: string) {
    const { data } = await api.post("/auth/enterprise/emailpass/register", { email, password: PORTAL_PASSWORD })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }

  it("an owner invites a colleague, who joins as staff of that enterprise only", async () => {
    const owner = await approvedEnterprise(api, "owner@staff-test.example.com")
    const { status, data } = await api.post("/enterprise/invites", { email: "Colleague@staff-test.example.com" }, owner.headers)
    expect(status).toBe(201)
    expect(data.invite.email).toBe("colleague@staff-test.example.com")
    expect(data.join_path).toBe(`/portal/join?token=${encodeURIComponent(data.token)}`)
    expect((await api.get("/enterprise/accounts", owner.headers)).data.invites).toHaveLength(1)

    const colleague = await registered("colleague@staff-test.example.com")
    const accepted = await api.post("/enterprise-invites/accept", { token: data.token, name: "小周" }, colleague)
    expect(accepted.data.account).toMatchObject({ role: "staff", name: "小周" })
    const staff = await enterpriseLogin(api, "colleague@staff-test.example.com")
    const me = await api.get("/enterprise/me", staff)
    expect(me.data).toMatchObject({ account: { role: "staff" }, enterprise: { id: owner.enterpriseId } })

    const team = (await api.get("/enterprise/accounts", owner.headers)).data
    expect(team.accounts.map((a: { role: string }) => a.role)).toEqual(["owner", "staff"])
    expect(team.invites).toEqual([])

    // Staff act for the enterprise but do not run it.
    const invite = await expectFailure(api.post("/enterprise/invites", { email: "third@staff-test.example.com" }, staff))
    expect(invite.status).toBe(403)
    const contact = await expectFailure(api.post("/enterprise/me", { contact_name: "小周" }, staff))
    expect(contact.status).toBe(403)
    expect((await api.post("/enterprise/me", { name: "周小" }, staff)).data.account.name).toBe("周小")

    // Another enterprise sees none of it.
    const other = await approvedEnterprise(api, "owner@other-test.example.com")
    const theirs = (await api.get("/enterprise/accounts", other.headers)).data
    expect(theirs.accounts.map((a: { email: string }) => a.email)).toEqual(["owner@other-test.example.com"])
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
