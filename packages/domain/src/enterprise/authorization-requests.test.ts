import { describe, expect, it } from "vitest"
import { authorizationDecisionProblem, authorizationRequestProblem } from "./authorization-requests"

describe("brand authorization requests", () => {
  it("allows one open request per brand", () => {
    expect(authorizationRequestProblem({ brandId: "b1", openRequestBrandIds: [] })).toBeNull()
    expect(authorizationRequestProblem({ brandId: "b1", openRequestBrandIds: ["b2"] })).toBeNull()
    expect(authorizationRequestProblem({ brandId: "b1", openRequestBrandIds: ["b2", "b1"] })).toBe("authorization_request_pending")
  })

  it("decides a request once", () => {
    expect(authorizationDecisionProblem("pending")).toBeNull()
    expect(authorizationDecisionProblem("granted")).toBe("authorization_request_decided")
    expect(authorizationDecisionProblem("refused")).toBe("authorization_request_decided")
  })
})
