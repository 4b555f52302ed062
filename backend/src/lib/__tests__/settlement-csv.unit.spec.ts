import type { SettlementReport } from "../settlement"
import { csvField, settlementCsv } from "../settlement-csv"

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("安康, 紫阳")).toBe('"安康, 紫阳"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
  })
  it("defuses text a spreadsheet would run as a formula, but not negative amounts", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField("-13.30", false)).toBe("-13.30")
  })
})

describe("settlementCsv", () => {
  it("starts with a BOM, uses CRLF and ends with the totals", () => {
    const line = { enterprise_id: "ent_1", enterprise_handle: "a", enterprise_name: "紫阳茶社", commission_bps: 500, orders: 1, items: 2 }
    const money = { gross: "266.00", commission: "13.30", owed: "252.70", gross_fen: 26600, commission_fen: 1330, owed_fen: 25270 }
    const report: SettlementReport = {
      from: "2026-11-01",
      to: "2026-11-30",
      currency_code: "cny",
      rounding: "",
      refunds: "not_subtracted",
      enterprises: [{ ...line, ...money }],
      totals: money,
    }
    const csv = settlementCsv(report)
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const rows = csv.slice(1).split("\r\n")
    expect(rows[1]).toBe("2026-11-01,2026-11-30,紫阳茶社,a,ent_1,1,2,266.00,500,13.30,252.70")
    expect(rows[2]).toBe(",,合计 total,,,,,266.00,,13.30,252.70")
  })
})
