import { describe, expect, it } from "vitest"
import { dailySeleniumLevel, dailySeleniumOfCart } from "./daily-selenium"

const facts = (mgPerKg: number, servingG: number) => ({ selenium_mg_per_kg: mgPerKg, serving_g: servingG })

describe("daily selenium of a cart", () => {
  it("sums one serving per distinct product, whatever the quantity or the number of lines", () => {
    const result = dailySeleniumOfCart([
      { productId: "tea", metadata: facts(1.2, 3) }, // 3.6 µg
      { productId: "tea", metadata: facts(1.2, 3) }, // another variant of the same tea: not counted again
      { productId: "rice", metadata: facts(0.2, 100) }, // 20 µg
    ])
    expect(result).toEqual({ ugPerDay: 23.6, productsCounted: 2, level: "below_suitable" })
  })

  it("leaves out products without selenium facts", () => {
    const result = dailySeleniumOfCart([
      { productId: "gift-box", metadata: null },
      { productId: "konjac", metadata: { selenium_mg_per_kg: "n/a", serving_g: 50 } },
      { productId: "eggs", metadata: facts(0.5, 120) },
    ])
    expect(result).toEqual({ ugPerDay: 60, productsCounted: 1, level: "suitable" })
  })

  it("is zero and below the suitable range for an empty cart", () => {
    expect(dailySeleniumOfCart([])).toEqual({ ugPerDay: 0, productsCounted: 0, level: "below_suitable" })
  })

  it("warns only above the 400 µg highest safe intake", () => {
    const heavy = dailySeleniumOfCart([
      { productId: "a", metadata: facts(2, 150) }, // 300 µg
      { productId: "b", metadata: facts(1, 101) }, // 101 µg
    ])
    expect(heavy.ugPerDay).toBe(401)
    expect(heavy.level).toBe("above_highest_safe")
  })

  it("places the bounds of the references on the inside of each range", () => {
    expect(dailySeleniumLevel(59.99)).toBe("below_suitable")
    expect(dailySeleniumLevel(60)).toBe("suitable")
    expect(dailySeleniumLevel(250)).toBe("suitable")
    expect(dailySeleniumLevel(250.01)).toBe("above_suitable")
    expect(dailySeleniumLevel(400)).toBe("above_suitable")
    expect(dailySeleniumLevel(400.01)).toBe("above_highest_safe")
  })
})
