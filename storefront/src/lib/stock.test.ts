import { describe, expect, it } from "vitest"
import { parseQuantity } from "./quantity"
import { maxOrderable, stockState } from "./stock"

describe("stock state", () => {
  it("classifies tracked variants", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toBe("sold_out")
    expect(stockState({ manage_inventory: true, inventory_quantity: 3 })).toBe("low_stock")
    expect(stockState({ manage_inventory: true, inventory_quantity: 40 })).toBe("in_stock")
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 })).toBe("in_stock")
    expect(maxOrderable({ manage_inventory: true, inventory_quantity: 3 })).toBe(3)
    expect(maxOrderable({ manage_inventory: true, inventory_quantity: 0 })).toBe(0)
  })

  it("parses quantities", () => {
    expect(parseQuantity("2", 5)).toBe(2)
    expect(parseQuantity("6", 5)).toBeNull()
    expect(parseQuantity("0", 5)).toBeNull()
    expect(parseQuantity("1.5", 5)).toBeNull()
    expect(parseQuantity(null, 5)).toBeNull()
  })
})
