import { storedFilename, uploadProblem } from "../upload-rules"

const PNG = Buffer.from("89504e470d0a1a0a0000", "hex")
const file = (over: Partial<Parameters<typeof uploadProblem>[0]> = {}) => ({ filename: "a.png", mimeType: "image/png", size: PNG.length, content: PNG, ...over })

describe("upload rules", () => {
  it("accepts images and PDFs whose bytes match their declared type", () => {
    expect(uploadProblem(file())).toBeNull()
    const pdf = Buffer.from("%PDF-1.7\n")
    expect(uploadProblem(file({ filename: "r.pdf", mimeType: "application/pdf", content: pdf, size: pdf.length }))).toBeNull()
    const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")])
    expect(uploadProblem(file({ filename: "w.webp", mimeType: "image/webp", content: webp, size: webp.length }))).toBeNull()
  })
  it("names the file and the reason when refusing", () => {
    expect(uploadProblem(file({ filename: "x.html", mimeType: "text/html" }))).toMatch(/"x.html" is text\/html; only JPEG, PNG, WebP images or PDF/)
    expect(uploadProblem(file({ content: Buffer.from("MZ\x90\x00"), filename: "fake.png" }))).toMatch(/"fake.png" does not contain image\/png data/)
    expect(uploadProblem(file({ size: 5 * 1024 * 1024 + 1 }))).toMatch(/larger than 5 MB/)
    expect(uploadProblem(file({ size: 0, content: Buffer.alloc(0) }))).toMatch(/is empty/)
  })
  it("stores under a safe name with the enterprise first and the checked extension", () => {
    expect(storedFilename("ent_1", "../../etc/passwd.png", "image/png")).toBe("ent_1-etc-passwd.png")
    expect(storedFilename("ent_1", "检测报告.PDF.exe", "application/pdf")).toBe("ent_1-PDF.pdf")
    expect(storedFilename("ent_1", "检测报告.pdf", "application/pdf")).toBe("ent_1-file.pdf")
  })
})
