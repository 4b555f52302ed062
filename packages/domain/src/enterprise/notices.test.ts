import { describe, expect, it } from "vitest"
import { ENTERPRISE_NOTICE_KINDS, NOTICE_AUDIENCE, noticeRecipients } from "./notices"

const team = [
  { email: "owner@e.cn", role: "owner" as const },
  { email: "op@e.cn", role: "operator" as const },
  { email: "money@e.cn", role: "finance" as const },
  { email: "box@e.cn", role: "packer" as const },
]

describe("enterprise notice audience", () => {
  it("tells the packer of new orders but not of statements", () => {
    expect(noticeRecipients("order_placed", team)).toEqual(["owner@e.cn", "op@e.cn", "box@e.cn"])
    expect(noticeRecipients("settlement_closed", team)).toEqual(["owner@e.cn", "money@e.cn"])
  })

  it("tells only the owner how the application was decided", () => {
    expect(noticeRecipients("application_approved", team)).toEqual(["owner@e.cn"])
    expect(noticeRecipients("application_rejected", team)).toEqual(["owner@e.cn"])
  })

  it("tells owner and operator about listings and certificates, never finance or packer", () => {
    for (const kind of ["listing_approved", "listing_rejected", "certificate_approved", "certificate_rejected"] as const) {
      expect(noticeRecipients(kind, team)).toEqual(["owner@e.cn", "op@e.cn"])
    }
  })

  it("always includes the owner, and names an address once", () => {
    for (const kind of ENTERPRISE_NOTICE_KINDS) expect(NOTICE_AUDIENCE[kind]).toContain("owner")
    expect(noticeRecipients("order_placed", [...team, { email: "owner@e.cn", role: "owner" }])).toHaveLength(3)
    expect(noticeRecipients("order_placed", [])).toEqual([])
  })
})
