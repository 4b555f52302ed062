/**
 * A one-page PDF of plain ASCII lines in Helvetica, with a correct cross-reference table: enough for
 * the seed's demo test reports and for tests, and readable byte by byte. (Chinese text would need an
 * embedded CID font; the demo reports are in English.)
 */
export function textPdf(lines: string[], size: { width: number; height: number } = { width: 300, height: 144 }): Buffer {
  const leading = 16
  const top = lines.length === 1 ? 72 : size.height - 36
  const text = lines.map((line, i) => `${i === 0 ? `24 ${top} Td` : `0 -${leading} Td`} (${escapePdfText(line)}) Tj`).join(" ")
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size.width} ${size.height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    stream(`BT /F1 12 Tf ${text} ET`),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]
  let body = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, "latin1")
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, "latin1")
}

function escapePdfText(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`)
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`
}
