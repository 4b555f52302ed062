import { authorizationStatus, isAuthorizationInForce } from "../authorization"

const grant = { valid_from: "2025-01-01T00:00:00+08:00", valid_until: "2027-12-31T23:59:59+08:00" }

describe("isAuthorizationInForce", () => {
  it("holds between its dates, both ends included", () => {
    expect(isAuthorizationInForce(grant, new Date("2026-06-01"))).toBe(true)
    expect(isAuthorizationInForce(grant, new Date("2025-01-01T00:00:00+08:00"))).toBe(true)
    expect(isAuthorizationInForce(grant, new Date("2027-12-31T23:59:59+08:00"))).toBe(true)
  })
  it("does not hold before or after", () => {
    expect(isAuthorizationInForce(grant, new Date("2024-12-31T23:59:59+08:00"))).toBe(false)
    expect(isAuthorizationInForce(grant, new Date("2028-01-01T00:00:00+08:00"))).toBe(false)
  })
  it("ends at once when revoked", () => {
    expect(isAuthorizationInForce({ ...grant, revoked_at: "2026-01-01" }, new Date("2026-06-01"))).toBe(false)
  })
})

describe("authorizationStatus", () => {
  it("names each state an authorization can be in", () => {
    expect(authorizationStatus(grant, new Date("2024-06-01"))).toBe("not_yet")
    expect(authorizationStatus(grant, new Date("2026-06-01"))).toBe("in_force")
    expect(authorizationStatus(grant, new Date("2028-06-01"))).toBe("expired")
    expect(authorizationStatus({ ...grant, revoked_at: "2026-01-01" }, new Date("2024-06-01"))).toBe("revoked")
  })
})
