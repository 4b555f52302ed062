import { sniffFile } from "../file-sniff"
import { checkUpload, storedFilename } from "../upload-rules"
import { MINIMAL_JPEG_HEAD, MINIMAL_PNG, minimalPdf } from "./sample-files"

const upload = (content: Buffer, filename = "f") => checkUpload({ filename, size: content.length, content })

describe("file sniffing", () => {
  it("recognises a real PDF, PNG, JPEG and WebP by their bytes, with the images' dimensions", () => {
    expect(sniffFile(minimalPdf())).toEqual({ type: "application/pdf" })
    expect(sniffFile(MINIMAL_PNG)).toEqual({ type: "image/png", width: 1, height: 1 })
    expect(sniffFile(MINIMAL_JPEG_HEAD)).toEqual({ type: "image/jpeg", width: 2, height: 3 })
    const vp8x = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8X"), Buffer.alloc(8), Buffer.from([99, 0, 0, 49, 0, 0])])
    expect(sniffFile(vp8x)).toEqual({ type: "image/webp", width: 100, height: 50 })
  })

  it("refuses a 13-byte fake PDF and PDFs without objects, xref pointer or trailer", () => {
    expect(sniffFile(Buffer.from("%PDF-1.4\nfake"))).toMatchObject({ problem: "file_not_pdf", reason: expect.stringMatching(/only 13 bytes/) })
    const real = minimalPdf().toString("latin1")
    expect(sniffFile(Buffer.from(real.replace("%%EOF", "")))).toMatchObject({ problem: "file_not_pdf", reason: expect.stringMatching(/%%EOF/) })
    expect(sniffFile(Buffer.from(real.replace(/\d+ 0 obj/g, "obj")))).toMatchObject({ reason: expect.stringMatching(/no object/) })
    expect(sniffFile(Buffer.from(real.replace("startxref", "")))).toMatchObject({ reason: expect.stringMatching(/startxref/) })
    expect(sniffFile(Buffer.from(`%PDF-x${real.slice(8)}`))).toMatchObject({ reason: expect.stringMatching(/version/) })
  })

  it("refuses an image signature without readable dimensions, and anything else", () => {
    expect(sniffFile(MINIMAL_PNG.subarray(0, 12))).toMatchObject({ problem: "file_not_image" })
    expect(sniffFile(Buffer.from("ffd8ffd9", "hex"))).toMatchObject({ problem: "file_not_image" })
    expect(sniffFile(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]))).toMatchObject({ problem: "file_not_image" })
    expect(sniffFile(Buffer.from("4d5a900003", "hex"))).toMatchObject({ problem: "file_type" })
    expect(sniffFile(Buffer.alloc(0))).toMatchObject({ problem: "file_empty" })
  })
})

describe("upload rules", () => {
  it("decides the type from the bytes, whatever was declared", () => {
    expect(upload(minimalPdf())).toEqual({ type: "application/pdf" })
    expect(upload(MINIMAL_PNG)).toEqual({ type: "image/png" })
  })
  it("names the file and the reason when refusing", () => {
    expect(upload(Buffer.from("<script>"), "x.html")).toEqual({ code: "file_type", message: '"x.html" is not a PDF, a PNG, JPEG, WebP or GIF image, or an MP4 video; only JPEG, PNG, WebP images or PDF are accepted' })
    expect(upload(Buffer.from("%PDF-1.4\nfake"), "r.pdf")).toMatchObject({ code: "file_not_pdf", message: expect.stringMatching(/^"r.pdf" is not a complete PDF/) })
    expect(checkUpload({ filename: "big.png", size: 5 * 1024 * 1024 + 1, content: MINIMAL_PNG })).toMatchObject({ code: "file_too_large", message: expect.stringMatching(/larger than 5 MB/) })
    expect(upload(Buffer.alloc(0), "e.pdf")).toMatchObject({ code: "file_empty", message: '"e.pdf" is empty' })
  })
  it("stores under a safe name with the enterprise first and the checked extension", () => {
    expect(storedFilename("ent_1", "../../etc/passwd.png", "image/png")).toBe("ent_1-etc-passwd.png")
    expect(storedFilename("ent_1", "检测报告.PDF.exe", "application/pdf")).toBe("ent_1-PDF.pdf")
    expect(storedFilename("ent_1", "检测报告.pdf", "application/pdf")).toBe("ent_1-file.pdf")
  })
})
