import { labelSheetSvg } from "../label-sheet"

const label = (i: number) => ({ url: `http://localhost:8000/01/06971234000011/10/L2026001/21/${i}`, shortCode: `000011-L2026001-${i}`, productName: "紫阳毛尖富硒绿茶" })

describe("labelSheetSvg", () => {
  it("puts 21 labels on an A4 page, each with a QR code, short code and name", async () => {
    const pages = await labelSheetSvg(Array.from({ length: 22 }, (_, i) => label(i + 1)))
    expect(pages).toHaveLength(2)
    expect(pages[0]).toMatch(/^<svg [^>]*width="210mm" height="297mm"/)
    expect(pages[0]!.match(/<g transform=/g)).toHaveLength(21)
    expect(pages[1]!.match(/<g transform=/g)).toHaveLength(1)
    expect(pages[0]).toContain("000011-L2026001-1<")
    expect(pages[0]).toContain("紫阳毛尖富硒绿茶")
    expect(pages[0]!.match(/<path/g)!.length).toBeGreaterThanOrEqual(21)
  })

  it("escapes markup in product names", async () => {
    const [page] = await labelSheetSvg([{ ...label(1), productName: "<b>茶" }])
    expect(page).not.toContain("<b>")
    expect(page).toContain("&#60;b&#62;茶")
  })
})
