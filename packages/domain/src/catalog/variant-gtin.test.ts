import { describe, expect, it } from "vitest"
import { variantGtinProblem } from "./variant-gtin"

describe("variant GTIN change", () => {
  it("allows setting or changing it while no batch exists and no other variant has it", () => {
    expect(variantGtinProblem({ current: null, next: "06971234567892", batches: 0, takenByOther: false })).toBeNull()
    expect(variantGtinProblem({ current: "96385074", next: "06971234567892", batches: 0, takenByOther: false })).toBeNull()
  })

  it("refuses a change once a batch exists, and a GTIN another variant holds", () => {
    expect(variantGtinProblem({ current: "96385074", next: "06971234567892", batches: 1, takenByOther: false })).toBe("variant_gtin_batched")
    expect(variantGtinProblem({ current: null, next: "06971234567892", batches: 0, takenByOther: true })).toBe("variant_gtin_taken")
    // Sending the GTIN it already has changes nothing, batches or not.
    expect(variantGtinProblem({ current: "96385074", next: "96385074", batches: 3, takenByOther: false })).toBeNull()
  })
})
