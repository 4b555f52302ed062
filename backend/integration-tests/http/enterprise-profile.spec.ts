import { Modules } from "@medusajs/framework/utils"
import { applyForEnterprise, approvedEnterprise, enterpriseLogin, freshCreditCode } from "../utils/enterprise"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

/**
 * An owner edits the enterprise's details: contact at once; legal details of an approved
 * enterprise wait for staff, who approve (written) or reject (unchanged), the owner told either way.
 */
seededSuite("seleno_it_enterprise_profile", ({ api, getContainer }) => {
  const sent = async (template: string, resourceId: string) =>
    eventually(async () => {
      const found = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template, resource_id: resourceId })
      return found.length ? found.map((n) => n.to).sort() : null
    }, 30000)

  it("contact details change at once; legal details wait for staff, who approve them", async () => {
    const seller = await approvedEnterprise(api, "owner@profile-approve.example.com")
    const before = (await api.get("/enterprise/profile", seller.headers)).data.enterprise
    const { data } = await api.post(
      "/enterprise/profile",
      { contact_name: "王芳", contact_phone: "0915-5200000", name: "汉阴县凤堰富硒茶业有限公司", kind: "company", county: before.county },
      seller.headers
    )
    // The contact is written; the name and kind wait, and only they (the county did not change).
    expect(data.enterprise).toMatchObject({ contact_name: "王芳", contact_phone: "0915-5200000", name: before.name, kind: "cooperative" })
    expect(data.profile_change).toMatchObject({
      status: "pending",
      changes: { name: "汉阴县凤堰富硒茶业有限公司", kind: "company" },
      previous: { name: before.name, kind: "cooperative" },
    })
    const changeId = data.profile_change.id as string
    expect(await sent("staff-profile-change-submitted", changeId)).toHaveLength(1)

    // One change waits at a time.
    const again = await expectFailure(api.post("/enterprise/profile", { name: "另一个名字" }, seller.headers))
    expect(again.status).toBe(400)
    expect(again.data.code).toBe("profile_change_pending")
    // The public name is still the approved one.
    expect((await api.get(`/admin/enterprises/${seller.enterpriseId}`, seller.admin)).data.enterprise.name).toBe(before.name)

    const queue = (await api.get("/admin/enterprise-profile-changes?status=pending", seller.admin)).data.profile_changes
    expect(queue.find((c: { id: string }) => c.id === changeId)).toMatchObject({ enterprise: { id: seller.enterpriseId, name: before.name } })
    const counts = (await api.get("/admin/work-queues", seller.admin)).data
    expect(counts.profile_changes).toBeGreaterThanOrEqual(1)

    const approved = await api.post(`/admin/enterprise-profile-changes/${changeId}/decide`, { decision: "approve" }, seller.admin)
    expect(approved.data.profile_change).toMatchObject({ status: "approved", decided_at: expect.any(String) })
    expect((await api.get("/enterprise/profile", seller.headers)).data.enterprise).toMatchObject({ name: "汉阴县凤堰富硒茶业有限公司", kind: "company" })
    expect(await sent("enterprise-profile-change-approved", changeId)).toEqual(["owner@profile-approve.example.com"])
    const decidedTwice = await expectFailure(api.post(`/admin/enterprise-profile-changes/${changeId}/decide`, { decision: "reject", note: "晚了" }, seller.admin))
    expect(decidedTwice.data.code).toBe("profile_change_decided")
  })

  it("a rejected change leaves the details as they were, with the note for the owner", async () => {
    const seller = await approvedEnterprise(api, "owner@profile-reject.example.com")
    const before = (await api.get("/enterprise/profile", seller.headers)).data.enterprise
    const newCode = freshCreditCode()
    const { data } = await api.post("/enterprise/profile", { credit_code: newCode.toLowerCase() }, seller.headers)
    expect(data.profile_change.changes).toEqual({ credit_code: newCode })
    await api.post(`/admin/enterprise-profile-changes/${data.profile_change.id}/decide`, { decision: "reject", note: "请上传新营业执照" }, seller.admin)
    const after = (await api.get("/enterprise/profile", seller.headers)).data
    expect(after.enterprise.credit_code).toBe(before.credit_code)
    expect(after.profile_changes[0]).toMatchObject({ status: "rejected", review_note: "请上传新营业执照" })
    expect(await sent("enterprise-profile-change-rejected", data.profile_change.id)).toEqual(["owner@profile-reject.example.com"])
    // A rejection needs a reason.
    const { data: next } = await api.post("/enterprise/profile", { credit_code: newCode }, seller.headers)
    const bare = await expectFailure(api.post(`/admin/enterprise-profile-changes/${next.profile_change.id}/decide`, { decision: "reject" }, seller.admin))
    expect(bare.status).toBe(400)
  })

  it("refuses a malformed or taken credit code with a code, and lets a pending application change at once", async () => {
    const seller = await approvedEnterprise(api, "owner@profile-codes.example.com")
    const other = await applyForEnterprise(api, "owner@profile-codes-other.example.com")
    const malformed = await expectFailure(api.post("/enterprise/profile", { credit_code: "91610924MA7XXXXX10" }, seller.headers))
    expect(malformed.data).toMatchObject({ code: "profile_credit_code_invalid", params: { problem: expect.any(String) } })
    const taken = await expectFailure(api.post("/enterprise/profile", { credit_code: other.creditCode }, seller.headers))
    expect(taken.data).toMatchObject({ code: "profile_credit_code_taken" })
    expect((await api.get("/enterprise/profile", seller.headers)).data.profile_changes).toEqual([])

    // Still in review as an application: the legal details are part of what staff will review.
    const applicant = await enterpriseLogin(api, "owner@profile-codes-other.example.com")
    const { data } = await api.post("/enterprise/profile", { name: "改名后的合作社", county: "ziyang" }, applicant)
    expect(data.profile_change).toBeNull()
    expect(data.enterprise).toMatchObject({ name: "改名后的合作社", county: "ziyang" })
  })

  it("a body refused field by field says which field, with a code the portal words", async () => {
    const seller = await approvedEnterprise(api, "owner@profile-fields.example.com")
    const phone = await expectFailure(api.post("/enterprise/profile", { contact_phone: "call me" }, seller.headers))
    expect(phone.status).toBe(400)
    // Medusa's message is kept for API clients; the code and field are for the portal.
    expect(phone.data).toMatchObject({ code: "invalid_field", params: { field: "contact_phone" }, message: expect.stringContaining("contact_phone") })
    const unknown = await expectFailure(api.post("/enterprise/profile", { commission_bps: 0 }, seller.headers))
    expect(unknown.data).toMatchObject({ code: "invalid_field", params: { field: "commission_bps" } })
  })

  it("only an owner edits, and only the own enterprise", async () => {
    const seller = await approvedEnterprise(api, "owner@profile-roles.example.com")
    const { data: registered } = await api.post("/auth/enterprise/emailpass/register", { email: "packer@profile-roles.example.com", password: "seleno-portal-1" })
    const { data: invite } = await api.post("/enterprise/invites", { email: "packer@profile-roles.example.com", role: "packer" }, seller.headers)
    await api.post("/enterprise-invites/accept", { token: invite.token, name: "打包员" }, { headers: { authorization: `Bearer ${registered.token}` } })
    const packer = await enterpriseLogin(api, "packer@profile-roles.example.com")
    const refused = await expectFailure(api.post("/enterprise/profile", { contact_name: "打包员" }, packer))
    expect(refused.status).toBe(403)
    expect(refused.data.code).toBe("enterprise_role_forbidden")
    // Staff of another enterprise cannot decide through the enterprise API, and marketing staff are not platform staff.
    const admin = await adminHeaders(api)
    expect((await api.get("/admin/enterprise-profile-changes", admin)).status).toBe(200)
  })
})
