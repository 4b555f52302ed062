import { describe, expect, it } from "vitest"
import { coarseLocation, distanceKm, isValidLocation, nameScanPlace, scanPlaceCounts, sharedPlace } from "./index"

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

describe("scan places as names", () => {
  it("names a shared cell after the nearest county seat, with its prefecture", () => {
    // 建始县's seat is at 30.60 N, 109.72 E.
    const jianshi = nameScanPlace(sharedPlace({ latitude: 30.61, longitude: 109.73 }))
    expect(jianshi).toMatchObject({ key: "422822", kind: "county", name: { zh: "恩施州 建始县", en: "Jianshi, Enshi" } })
    expect(jianshi!.km).toBeLessThan(15)
    // A first-plans county keeps its stored slug as key.
    expect(nameScanPlace("geo:32.5,108.5")).toMatchObject({ key: "ziyang", name: { zh: "安康市 紫阳县", en: "Ziyang, Ankang" } })
    // A county the province administers directly is named on its own.
    expect(nameScanPlace("geo:30.3,113.4")).toMatchObject({ name: { zh: "仙桃市", en: "Xiantao" } })
  })

  it("names a cell outside the provinces we serve after the nearest city, and far cells and networks as unknown", () => {
    expect(nameScanPlace("geo:30.2,120.1")).toMatchObject({ kind: "city", name: { zh: "杭州市", en: "Hangzhou" } })
    expect(nameScanPlace("geo:31.2,121.4")).toMatchObject({ kind: "city", name: { zh: "上海市", en: "Shanghai" } })
    expect(nameScanPlace("geo:23.5,103.5")?.name.zh).toMatch(/^(红河哈尼族彝族自治州|文山壮族苗族自治州)$/)
    expect(nameScanPlace("geo:48.8,2.3")).toBeNull() // Paris
    expect(nameScanPlace("geo:15.0,115.0")).toBeNull() // the open sea
    expect(nameScanPlace("127.0.0.0/16")).toBeNull()
    expect(nameScanPlace("203.0.113.0/24")).toBeNull()
    expect(nameScanPlace("2001:db8:1::/48")).toBeNull()
    expect(nameScanPlace("geo:999,1")).toBeNull()
  })

  it("merges cells of one county and every unknown place into one row each, most scans first", () => {
    const rows = scanPlaceCounts([
      { place: "geo:30.6,109.7", scans: 2 },
      { place: "geo:30.6,109.6", scans: 3 },
      { place: "203.0.113.0/24", scans: 4 },
      { place: "198.51.100.0/24", scans: 2 },
      { place: "geo:30.2,120.1", scans: 1 },
    ])
    expect(rows).toEqual([
      { place: null, name: null, scans: 6 },
      { place: "422822", name: { zh: "恩施州 建始县", en: "Jianshi, Enshi" }, scans: 5 },
      { place: "city:杭州市", name: { zh: "杭州市", en: "Hangzhou" }, scans: 1 },
    ])
    expect(scanPlaceCounts([{ place: "geo:30.6,109.7", scans: 1 }, { place: "geo:30.2,120.1", scans: 1 }], 1)).toHaveLength(1)
  })

  it("measures great-circle distances", () => {
    // One degree of latitude is about 111 km.
    expect(distanceKm({ latitude: 30, longitude: 110 }, { latitude: 31, longitude: 110 })).toBeCloseTo(111.2, 0)
  })
})
