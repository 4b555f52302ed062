import { certificateStatus } from "../status"

const base = { standard_code: "NY/T 600-2002", category: "tea", measured_mg_per_kg: 1.2, valid_from: "2025-01-01", valid_until: "2026-12-31T00:00:00Z" }
const at = new Date("2026-06-01T00:00:00Z")

describe("certificateStatus", () => {
  it("is valid well before its end date", () => expect(certificateStatus(base, at)).toBe("valid"))
  it("is expiring within 30 days of its end date", () => {
    expect(certificateStatus({ ...base, valid_until: "2026-06-30T00:00:00Z" }, at)).toBe("expiring")
    expect(certificateStatus({ ...base, valid_until: "2026-07-02T00:00:00Z" }, at)).toBe("valid")
  })
  it("is expired after its end date or before its start", () => {
    expect(certificateStatus({ ...base, valid_until: "2026-05-31T23:59:59Z" }, at)).toBe("expired")
    expect(certificateStatus({ ...base, valid_from: "2026-07-01" }, at)).toBe("expired")
  })
  it("is revoked whatever its dates say", () => expect(certificateStatus({ ...base, revoked_at: "2026-05-01" }, at)).toBe("revoked"))
})
