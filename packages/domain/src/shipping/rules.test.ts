import { describe, expect, it } from "vitest"
import { coldChainReach, deliveryEstimateOf, needsColdChain, temperatureClassOfProfileType } from "./rules"

describe("shipping rules", () => {
  it("reaches the base's own province and its neighbours by cold chain", () => {
    expect(coldChainReach("陕西省")).toContain("陕西省")
    expect(coldChainReach("陕西省")).toContain("四川省")
    expect(coldChainReach("陕西省")).not.toContain("广东省")
    expect(coldChainReach("西藏自治区")).toEqual(["西藏自治区"])
  })
  it("needs a cold chain for chilled and frozen only", () => {
    expect(needsColdChain("ambient")).toBe(false)
    expect(needsColdChain("chilled")).toBe(true)
    expect(needsColdChain("frozen")).toBe(true)
  })
  it("reads the class from the profile type, Medusa's default profile being ambient", () => {
    expect(temperatureClassOfProfileType("chilled")).toBe("chilled")
    expect(temperatureClassOfProfileType("default")).toBe("ambient")
    expect(temperatureClassOfProfileType(null)).toBe("ambient")
  })
  it("reads a delivery estimate and refuses malformed ones", () => {
    expect(deliveryEstimateOf({ delivery_min_days: 1, delivery_max_days: 2 })).toEqual({ min_days: 1, max_days: 2 })
    expect(deliveryEstimateOf({ delivery_min_days: 3, delivery_max_days: 2 })).toBeNull()
    expect(deliveryEstimateOf({ delivery_min_days: "1", delivery_max_days: 2 })).toBeNull()
    expect(deliveryEstimateOf(null)).toBeNull()
  })
})
