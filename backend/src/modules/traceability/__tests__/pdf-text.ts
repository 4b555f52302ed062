/** Text of a PDF with positions, read by Mozilla's pdf.js (a dev dependency): what a viewer would find. */
export interface PdfTextItem {
  page: number
  text: string
  /** Baseline origin and advance width in points, from the page's bottom-left corner. */
  x: number
  y: number
  width: number
  size: number
}

// pdf.js ships only ES modules: import it natively, not through the CommonJS transform.
const importEsm = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<typeof import("pdfjs-dist")>

export async function readPdf(bytes: Buffer): Promise<{ pages: number; pageSize: [number, number]; items: PdfTextItem[] }> {
  const pdfjs = await importEsm("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const items: PdfTextItem[] = []
  let pageSize: [number, number] = [0, 0]
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width, height] = page.view
    pageSize = [width!, height!]
    const content = await page.getTextContent()
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue
      const [a, , , d, e, f] = item.transform as number[]
      items.push({ page: n, text: item.str, x: e!, y: f!, width: item.width, size: Math.max(Math.abs(a!), Math.abs(d!)) })
    }
  }
  await doc.destroy()
  return { pages: doc.numPages, pageSize, items }
}
