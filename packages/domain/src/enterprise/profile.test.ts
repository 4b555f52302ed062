import { describe, expect, it } from "vitest"
import { legalChanges, legalChangesNeedReview, profileChangeProblem, type LegalDetails } from "./profile"

const current: LegalDetails = { name: "紫阳县富硒茶业有限公司", credit_code: "91610924MA7XXXXX1X", kind: "company", county: "ziyang", licence_file_url: null }

describe("enterprise profile changes", () => {
  it("keeps only the legal details an edit really changes, with what they were", () => {
    expect(legalChanges(current, { name: "紫阳富硒茶业股份有限公司", kind: "company", county: "ziyang" })).toEqual({
      changes: { name: "紫阳富硒茶业股份有限公司" },
      previous: { name: "紫阳县富硒茶业有限公司" },
    })
    expect(legalChanges(current, { licence_file_url: "private://licence.png" })).toEqual({ changes: { licence_file_url: "private://licence.png" }, previous: { licence_file_url: null } })
    expect(legalChanges(current, {})).toEqual({ changes: {}, previous: {} })
  })

  it("sends legal changes to review only once the enterprise is approved", () => {
    expect(legalChangesNeedReview("pending")).toBe(false)
    expect(legalChangesNeedReview("rejected")).toBe(false)
    expect(legalChangesNeedReview("active")).toBe(true)
    expect(legalChangesNeedReview("suspended")).toBe(true)
  })

  it("lets one change wait at a time", () => {
    expect(profileChangeProblem({ pendingChanges: 0 })).toBeNull()
    expect(profileChangeProblem({ pendingChanges: 1 })).toBe("profile_change_pending")
  })
})
