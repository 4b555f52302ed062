import fs from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { PENDING_UPLOAD_QUOTA } from "../../src/workflows/enterprise-certificates/upload-rules"
import { applyForEnterprise, approvedEnterprise, enterpriseLogin, TINY_PDF, type Headers } from "../utils/enterprise"
import { createMarketingUser, staffLogin } from "../utils/marketing"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// Issue 18, uploads: what staff and enterprises upload is checked by its bytes, images are
// re-encoded, public files are served inert from /static, and licences and test reports are private.

const HTML_AS_PNG = Buffer.from(
  "<!doctype html><script>fetch('/admin/users/me').then(r=>r.json()).then(u=>fetch('/admin/invites',{method:'POST',body:JSON.stringify({email:'evil@example.com'})}))</script>"
)

function form(files: { bytes: Buffer; name: string; type: string }[], fields: Record<string, string> = {}): FormData {
  const body = new FormData()
  for (const f of files) body.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  return body
}

const binary = { responseType: "arraybuffer" as const }

seededSuite("seleno_it_uploads", ({ api, getContainer }) => {
  let admin: Headers
  let marketing: Headers

  beforeAll(async () => {
    admin = await adminHeaders(api)
    marketing = await staffLogin(api, (await createMarketingUser(getContainer())).email)
  })

  /** A stored public file, fetched the way a browser follows its URL (path on this test server). */
  const fetchPublic = (url: string) => api.get(new URL(url).pathname, binary)

  it("refuses an HTML page declared image/png to marketing AND platform staff; a polyglot keeps only its picture", async () => {
    for (const who of [marketing, admin]) {
      const refused = await expectFailure(api.post("/admin/uploads", form([{ bytes: HTML_AS_PNG, name: "hero.png", type: "image/png" }]), who))
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ type: "invalid_data", code: "file_type", message: expect.stringMatching(/^files: "hero.png" is not a PDF, a PNG, JPEG, WebP or GIF image.*only .* are accepted/) })
    }
    // A real PNG with a page appended after its end is stored as the picture only.
    const polyglot = Buffer.concat([await sharp({ create: { width: 4, height: 4, channels: 3, background: "#0a0" } }).png().toBuffer(), HTML_AS_PNG])
    const { data } = await api.post("/admin/uploads", form([{ bytes: polyglot, name: "hero.html", type: "image/png" }]), admin)
    expect(data.files[0].url).toMatch(/\/static\/\d+-hero\.png$/)
    const served = Buffer.from((await fetchPublic(data.files[0].url)).data)
    expect(served.toString("latin1")).not.toContain("<script")
  })

  it("re-encodes a real photo: still a PNG, different bytes, EXIF gone; served inline with nosniff and a sandbox CSP", async () => {
    const photo = await sharp({ create: { width: 12, height: 9, channels: 3, background: "#c33" } })
      .png()
      .withExif({ IFD0: { Copyright: "GPS-32.68N-109.02E" } })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const { status, data } = await api.post("/admin/uploads", form([{ bytes: photo, name: "茶园 photo.png", type: "image/png" }]), marketing)
    expect(status).toBe(200)
    const response = await fetchPublic(data.files[0].url)
    const stored = Buffer.from(response.data)
    expect(stored.equals(photo)).toBe(false)
    const meta = await sharp(stored).metadata()
    expect(meta).toMatchObject({ format: "png", width: 12, height: 9 })
    expect(meta.exif).toBeUndefined()
    expect(stored.toString("latin1")).not.toContain("GPS-32.68N")
    expect(response.headers).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    })
    expect(response.headers["content-disposition"]).toMatch(/^inline; filename="\d+-photo\.png"/)
  })

  it("serves documents, and anything stored before uploads were checked, as inert downloads", async () => {
    const { data } = await api.post("/admin/uploads", form([{ bytes: TINY_PDF, name: "brief.pdf", type: "application/pdf" }]), admin)
    const pdf = await fetchPublic(data.files[0].url)
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    expect(pdf.headers["content-disposition"]).toMatch(/^attachment; /)
    expect(Buffer.from(pdf.data).equals(TINY_PDF)).toBe(true)
    // An HTML file already in public storage (uploaded before this gate existed) stays inert.
    const [legacy] = await getContainer().resolve(Modules.FILE).createFiles([{ filename: "old.html", mimeType: "text/html", content: HTML_AS_PNG.toString("base64"), access: "public" }])
    const html = await fetchPublic(legacy!.url)
    expect(html.headers).toMatchObject({
      "content-type": "application/octet-stream",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    })
    expect(html.headers["content-disposition"]).toMatch(/^attachment; /)
    expect((await expectFailure(api.get("/static/no-such-file.png"))).status).toBe(404)
    // The seed's generated SVG product pictures still show as images, sandboxed.
    const { thumbnail } = (await api.get("/admin/products?handle=ziyang-maojian-green-tea&fields=thumbnail", admin)).data.products[0]
    const svg = await fetchPublic(thumbnail)
    expect(svg.headers).toMatchObject({ "content-type": "image/svg+xml", "content-security-policy": "default-src 'none'; sandbox", "x-content-type-options": "nosniff" })
  })

  it("keeps licences and test reports private: no public URL, only the owner and platform staff get them", async () => {
    const owner = await approvedEnterprise(api, `uploads-owner-${Date.now()}@example.com`)
    const other = await approvedEnterprise(api, `uploads-other-${Date.now()}@example.com`)
    const { status, data } = await api.post("/enterprise/uploads", form([{ bytes: TINY_PDF, name: "营业执照.pdf", type: "application/pdf" }]), owner.headers)
    expect(status).toBe(201)
    const file = data.files[0]
    expect(file.url).toBe(`/enterprise/files/${file.id}`)
    expect(file.url).not.toMatch(/^https?:|\/static\//)
    // Stored under a private key, in a folder nothing serves.
    const [row] = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listEnterpriseUploads({ id: file.id })
    expect(row!.file_id).toMatch(/^private-/)
    expect(fs.existsSync(path.join(process.cwd(), "private-files", row!.file_id))).toBe(true)
    expect((await expectFailure(api.get(`/static/${row!.file_id}`))).status).toBe(404)
    // Attached as the licence: what admin and the enterprise read back is the private reference.
    await api.post("/enterprise/me", { licence_file_url: file.url }, owner.headers)
    expect((await api.get(`/admin/enterprises/${owner.enterpriseId}`, admin)).data.enterprise.licence_file_url).toBe(file.url)

    const mine = await api.get(file.url, { ...owner.headers, ...binary })
    expect(Buffer.from(mine.data).equals(TINY_PDF)).toBe(true)
    expect(mine.headers).toMatchObject({ "content-type": "application/pdf", "cache-control": "private, no-store", "x-content-type-options": "nosniff" })
    expect(mine.headers["content-disposition"]).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/)
    const staff = await api.get(`/admin/files/${file.id}`, { ...admin, ...binary })
    expect(Buffer.from(staff.data).equals(TINY_PDF)).toBe(true)
    expect(staff.headers["cache-control"]).toBe("private, no-store")
    expect(staff.headers["content-disposition"]).toMatch(/^attachment; /)

    expect((await expectFailure(api.get(file.url, other.headers))).status).toBe(404)
    expect((await expectFailure(api.get(file.url))).status).toBe(401)
    expect((await expectFailure(api.get(`/admin/files/${file.id}`))).status).toBe(401)
    expect((await expectFailure(api.get(`/admin/files/${file.id}`, marketing))).status).toBe(403)
  })

  it("keeps product pictures public (purpose=product_image, images only)", async () => {
    const owner = await approvedEnterprise(api, `uploads-pictures-${Date.now()}@example.com`)
    const picture = await sharp({ create: { width: 3, height: 3, channels: 3, background: "#393" } }).jpeg().toBuffer()
    const { data } = await api.post("/enterprise/uploads", form([{ bytes: picture, name: "茶园.jpg", type: "image/jpeg" }], { purpose: "product_image" }), owner.headers)
    expect(data.files[0].url).toMatch(/^http:\/\/.*\/static\/\d+-ent_.*\.jpg$/)
    expect((await fetchPublic(data.files[0].url)).headers["content-type"]).toBe("image/jpeg")
    const pdf = await expectFailure(api.post("/enterprise/uploads", form([{ bytes: TINY_PDF, name: "r.pdf", type: "image/jpeg" }], { purpose: "product_image" }), owner.headers))
    expect(pdf.data).toMatchObject({ code: "file_type", message: expect.stringMatching(/is a PDF; only JPEG, PNG or WebP images/) })
  })

  it("limits what a pending applicant may upload per day, with a message saying what to do", async () => {
    const email = `uploads-pending-${Date.now()}@example.com`
    await applyForEnterprise(api, email)
    const pending = await enterpriseLogin(api, email)
    const pdfs = (n: number) => Array.from({ length: n }, (_, i) => ({ bytes: TINY_PDF, name: `licence-${i}.pdf`, type: "application/pdf" }))
    for (let sent = 0; sent < PENDING_UPLOAD_QUOTA.files; sent += 5) {
      expect((await api.post("/enterprise/uploads", form(pdfs(5)), pending)).status).toBe(201)
    }
    const refused = await expectFailure(api.post("/enterprise/uploads", form(pdfs(1)), pending))
    expect(refused.status).toBe(400)
    expect(refused.data).toMatchObject({ code: "upload_quota", message: expect.stringMatching(/you may upload 10 files or 20 MB per 24 hours; you have uploaded 10 files.*try again tomorrow/) })
    // Sent at once, uploads are still counted one after another: three batches of 5 against a quota of 10.
    const racerEmail = `uploads-race-${Date.now()}@example.com`
    const { enterpriseId: racerId } = await applyForEnterprise(api, racerEmail)
    const racer = await enterpriseLogin(api, racerEmail)
    const raced = await Promise.all([0, 1, 2].map(() => api.post("/enterprise/uploads", form(pdfs(5)), racer).catch((e: { response: { status: number } }) => e.response)))
    expect(raced.map((r) => r.status).sort()).toEqual([201, 201, 400])
    const stored = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listEnterpriseUploads({ enterprise_id: racerId })
    expect(stored).toHaveLength(PENDING_UPLOAD_QUOTA.files)
    // Approved enterprises are not limited by it.
    const approved = await approvedEnterprise(api, `uploads-approved-${Date.now()}@example.com`)
    for (let sent = 0; sent <= PENDING_UPLOAD_QUOTA.files; sent += 5) {
      expect((await api.post("/enterprise/uploads", form(pdfs(5)), approved.headers)).status).toBe(201)
    }
  })
})
