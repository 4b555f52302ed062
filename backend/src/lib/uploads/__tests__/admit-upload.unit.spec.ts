import sharp from "sharp"
import { minimalPdf } from "../../../workflows/enterprise-certificates/__tests__/sample-files"
import { sniffFile } from "../../../workflows/enterprise-certificates/file-sniff"
import { ENTERPRISE_UPLOAD_POLICY, MARKETING_UPLOAD_POLICY, pendingUploadQuotaProblem, STAFF_UPLOAD_POLICY } from "../../../workflows/enterprise-certificates/upload-rules"
import { admitUpload, type AdmittedUpload } from "../admit-upload"
import { servedAs } from "../serve-file"

const HTML = Buffer.from("<!doctype html><script>fetch('/admin/users/me').then(r=>r.json()).then(console.log)</script>")

async function photoWithExif(format: "png" | "jpeg"): Promise<Buffer> {
  const image = sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } })
  return (format === "png" ? image.png() : image.jpeg()).withExif({ IFD0: { Copyright: "SECRET-GPS-31.2N" } }).toBuffer()
}

describe("admitUpload", () => {
  it("refuses an HTML page declared as a PNG, whoever uploads it", async () => {
    for (const policy of [STAFF_UPLOAD_POLICY, MARKETING_UPLOAD_POLICY, ENTERPRISE_UPLOAD_POLICY]) {
      expect(await admitUpload({ filename: "hero.png", content: HTML }, policy)).toMatchObject({ code: "file_type", message: expect.stringMatching(/^"hero.png" is not/) })
    }
  })

  it("re-encodes images: still the same type, EXIF gone, anything appended gone, safe extension", async () => {
    for (const format of ["png", "jpeg"] as const) {
      const original = await photoWithExif(format)
      expect(original.toString("latin1")).toContain("SECRET-GPS")
      const polyglot = Buffer.concat([original, HTML])
      const admitted = (await admitUpload({ filename: "../../hero.html", content: polyglot }, STAFF_UPLOAD_POLICY)) as AdmittedUpload
      expect(admitted.mimeType).toBe(`image/${format}`)
      expect(admitted.filename).toBe(format === "png" ? "hero.png" : "hero.jpg")
      expect(admitted.content.equals(polyglot)).toBe(false)
      expect(sniffFile(admitted.content)).toMatchObject({ type: `image/${format}`, width: 8, height: 6 })
      const text = admitted.content.toString("latin1")
      expect(text).not.toContain("SECRET-GPS")
      expect(text).not.toContain("<script")
      expect((await sharp(admitted.content).metadata()).exif).toBeUndefined()
    }
  })

  it("refuses an image signature that does not decode", async () => {
    const broken = Buffer.concat([(await photoWithExif("png")).subarray(0, 40), HTML])
    expect(await admitUpload({ filename: "x.png", content: broken }, STAFF_UPLOAD_POLICY)).toMatchObject({ code: "file_not_image" })
  })

  it("keeps PDFs that check out, refuses PDFs carrying script, and keeps documents from marketing", async () => {
    const pdf = minimalPdf()
    expect(await admitUpload({ filename: "brief.pdf", content: pdf }, STAFF_UPLOAD_POLICY)).toMatchObject({ mimeType: "application/pdf", filename: "brief.pdf", content: pdf })
    const scripted = Buffer.from(pdf.toString("latin1").replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "latin1")
    expect(await admitUpload({ filename: "r.pdf", content: scripted }, ENTERPRISE_UPLOAD_POLICY)).toMatchObject({ code: "file_active_content", message: expect.stringMatching(/JavaScript/) })
    expect(await admitUpload({ filename: "brief.pdf", content: pdf }, MARKETING_UPLOAD_POLICY)).toMatchObject({ code: "file_type", message: expect.stringMatching(/is a PDF; only JPEG, PNG, WebP or GIF images/) })
  })

  it("accepts an MP4 by its ftyp box for staff, with its own size cap, and nothing else shaped like one", async () => {
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypisom"), Buffer.from([0, 0, 2, 0]), Buffer.from("isomavc1")])
    const mp4 = Buffer.concat([ftyp, Buffer.from([0, 0, 0, 8]), Buffer.from("free"), Buffer.from([0, 0, 0, 8]), Buffer.from("mdat")])
    expect(await admitUpload({ filename: "spot.mov", content: mp4 }, STAFF_UPLOAD_POLICY)).toMatchObject({ mimeType: "video/mp4", filename: "spot.mp4" })
    expect(await admitUpload({ filename: "spot.mp4", content: mp4 }, ENTERPRISE_UPLOAD_POLICY)).toMatchObject({ code: "file_type" })
    const quicktime = Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from("ftypqt  "), Buffer.alloc(4), Buffer.from("qt  "), Buffer.from([0, 0, 0, 8]), Buffer.from("mdat")])
    expect(await admitUpload({ filename: "a.mp4", content: quicktime }, STAFF_UPLOAD_POLICY)).toMatchObject({ code: "file_type", message: expect.stringMatching(/not MP4/) })
    const big = Buffer.concat([mp4, Buffer.alloc(50 * 1024 * 1024)])
    expect(await admitUpload({ filename: "long.mp4", content: big }, STAFF_UPLOAD_POLICY)).toMatchObject({ code: "file_too_large", message: expect.stringMatching(/50 MB/) })
  })

  it("accepts a plain-text .csv from platform staff only (Medusa's product import), never a binary named .csv", async () => {
    const csv = Buffer.from("Product Handle,Product Title\nziyang-tea,紫阳富硒茶\n")
    expect(await admitUpload({ filename: "products.csv", content: csv }, STAFF_UPLOAD_POLICY)).toMatchObject({ mimeType: "text/csv", filename: "products.csv", content: csv })
    expect(await admitUpload({ filename: "products.csv", content: csv }, MARKETING_UPLOAD_POLICY)).toMatchObject({ code: "file_type" })
    expect(await admitUpload({ filename: "products.csv", content: Buffer.from("4d5a900003000000", "hex") }, STAFF_UPLOAD_POLICY)).toMatchObject({ code: "file_type" })
    expect(await admitUpload({ filename: "page.html", content: HTML }, STAFF_UPLOAD_POLICY)).toMatchObject({ code: "file_type" })
  })
})

describe("serving by extension", () => {
  it("shows checked images inline and everything else as a download", () => {
    expect(servedAs("1700-hero.png")).toEqual({ contentType: "image/png", inline: true })
    expect(servedAs("1700-brief.pdf")).toEqual({ contentType: "application/pdf", inline: false })
    expect(servedAs("1700-spot.mp4")).toEqual({ contentType: "video/mp4", inline: false })
    expect(servedAs("1700-products.csv")).toEqual({ contentType: "text/csv", inline: false })
    expect(servedAs("1700-old.html")).toEqual({ contentType: "application/octet-stream", inline: false })
    expect(servedAs("1700-ziyang-tea.svg")).toEqual({ contentType: "image/svg+xml", inline: true })
  })
})

describe("pending applicants' quota", () => {
  it("allows a licence and retries, then refuses with what was used and when to come back", () => {
    expect(pendingUploadQuotaProblem({ files: 9, bytes: 0 }, { files: 1, bytes: 1000 })).toBeNull()
    expect(pendingUploadQuotaProblem({ files: 10, bytes: 0 }, { files: 1, bytes: 1000 })).toMatchObject({ code: "upload_quota", message: expect.stringMatching(/10 files or 20 MB per 24 hours.*try again tomorrow/) })
    expect(pendingUploadQuotaProblem({ files: 1, bytes: 19 * 1024 * 1024 }, { files: 1, bytes: 2 * 1024 * 1024 })).toMatchObject({ code: "upload_quota" })
  })
})
