import { describe, expect, it } from "vitest"
import { areasOf, ENTERPRISE_ROLES, PORTAL_AREAS, roleMayUse, teamChangeProblem, type TeamChange } from "./team"

describe("enterprise roles", () => {
  it("gives the owner every area and nobody else the team or the profile", () => {
    expect([...areasOf("owner")].sort()).toEqual([...PORTAL_AREAS].sort())
    for (const role of ENTERPRISE_ROLES.filter((r) => r !== "owner")) {
      expect(roleMayUse(role, "team")).toBe(false)
      expect(roleMayUse(role, "profile")).toBe(false)
    }
  })

  it("keeps money away from packers and operators, and the catalogue away from finance", () => {
    expect(roleMayUse("packer", "finance")).toBe(false)
    expect(roleMayUse("packer", "overview")).toBe(false)
    expect(roleMayUse("operator", "finance")).toBe(false)
    expect(roleMayUse("finance", "catalogue")).toBe(false)
    expect(roleMayUse("finance", "shipping")).toBe(false)
  })

  it("lets packers read orders, ship them and print batch labels", () => {
    expect(["orders", "shipping", "batches"].every((area) => roleMayUse("packer", area as never))).toBe(true)
  })
})

describe("teamChangeProblem", () => {
  const owner = { id: "a", role: "owner" as const }
  const change = (over: Partial<TeamChange>): TeamChange => ({ actor: owner, target: { id: "b", role: "operator" }, ownerCount: 1, change: "packer", ...over })

  it("lets an owner change a colleague's role or remove them", () => {
    expect(teamChangeProblem(change({}))).toBeNull()
    expect(teamChangeProblem(change({ change: "remove" }))).toBeNull()
  })

  it("refuses anyone but an owner", () => {
    expect(teamChangeProblem(change({ actor: { id: "a", role: "operator" } }))).toBe("team_owner_only")
  })

  it("refuses a member of another enterprise", () => {
    expect(teamChangeProblem(change({ target: undefined }))).toBe("team_not_member")
  })

  it("never leaves the enterprise without an owner", () => {
    expect(teamChangeProblem(change({ target: owner, change: "operator" }))).toBe("team_last_owner")
    expect(teamChangeProblem(change({ target: { id: "c", role: "owner" }, change: "remove" }))).toBe("team_last_owner")
    expect(teamChangeProblem(change({ target: { id: "c", role: "owner" }, change: "remove", ownerCount: 2 }))).toBeNull()
    expect(teamChangeProblem(change({ target: owner, change: "finance", ownerCount: 2 }))).toBeNull()
  })

  it("refuses an owner removing themselves", () => {
    expect(teamChangeProblem(change({ target: owner, change: "remove", ownerCount: 2 }))).toBe("team_self_removal")
  })
})
