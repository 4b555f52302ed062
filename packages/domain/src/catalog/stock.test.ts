import { describe, expect, it } from "vitest"
import { isLowStock, lowStockStep, stockFigures } from "./stock"

describe("stock figures", () => {
  it("adds levels and never sells below zero", () => {
    expect(stockFigures([{ stocked_quantity: 10, reserved_quantity: 3 }, { stocked_quantity: "5", reserved_quantity: { value: "1" } }, null])).toEqual({ stocked: 15, reserved: 4, sellable: 11 })
    expect(stockFigures([{ stocked_quantity: 2, reserved_quantity: 5 }])).toEqual({ stocked: 2, reserved: 5, sellable: 0 })
    expect(stockFigures([])).toEqual({ stocked: 0, reserved: 0, sellable: 0 })
  })

  it("is low at or below the threshold, never without one", () => {
    expect(isLowStock(5, 5)).toBe(true)
    expect(isLowStock(6, 5)).toBe(false)
    expect(isLowStock(0, null)).toBe(false)
  })

  it("tells once per crossing and re-arms above the threshold", () => {
    let state = { threshold: 5, alerted: false }
    const seen: boolean[] = []
    for (const sellable of [8, 5, 4, 2, 6, 5, 9]) {
      const step = lowStockStep(state, sellable)
      seen.push(step.notify)
      state = { ...state, alerted: step.alerted }
    }
    expect(seen).toEqual([false, true, false, false, false, true, false])
    expect(state.alerted).toBe(false)
  })
})
