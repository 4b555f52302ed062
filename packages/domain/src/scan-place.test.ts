import { describe, expect, it } from "vitest"
import { coarseLocation, isValidLocation, sharedPlace } from "./index"

describe("coarseLocation", () => {
  it("snaps to the 0.1° cell that contains the point", () => {
    expect(coarseLocation({ latitude: 32.5591, longitude: 108.5427 })).toEqual({ latitude: 32.5, longitude: 108.5 })
    expect(coarseLocation({ latitude: 32.7, longitude: 108.59999 })).toEqual({ latitude: 32.7, longitude: 108.5 })
  })
  it("puts negative coordinates in the cell below them, not the one toward zero", () => {
    expect(coarseLocation({ latitude: -33.8688, longitude: -70.6693 })).toEqual({ latitude: -33.9, longitude: -70.7 })
  })
  it("is idempotent, so coarsening twice (browser, then backend) changes nothing", () => {
    const once = coarseLocation({ latitude: 25.8319, longitude: 114.9336 })
    expect(coarseLocation(once)).toEqual(once)
  })
  it("refuses coordinates off the globe", () => {
    expect(() => coarseLocation({ latitude: 91, longitude: 0 })).toThrow(RangeError)
    expect(() => coarseLocation({ latitude: 0, longitude: Number.NaN })).toThrow(RangeError)
    expect(isValidLocation({ latitude: -90, longitude: 180 })).toBe(true)
  })
})

describe("sharedPlace", () => {
  it("names the cell, so two visitors in one town share a place and another town is another", () => {
    const ankang = sharedPlace({ latitude: 32.6849, longitude: 109.0293 })
    expect(ankang).toBe("geo:32.6,109.0")
    expect(sharedPlace({ latitude: 32.6301, longitude: 109.0811 })).toBe(ankang)
    expect(sharedPlace({ latitude: 25.8319, longitude: 114.9336 })).not.toBe(ankang)
  })
})
