import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { settle } from "../utils/checkout"
import { TINY_PNG } from "../utils/enterprise"
import { startS3TestServer, type S3TestServer } from "../utils/s3-test-server"
import { adminHeaders } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A real S3-compatible server (s3rver) on loopback; with S3_BUCKET set, medusa-config.ts registers
// file-s3 (our subclass) instead of file-local. This top-level hook runs before the app boots.
let s3: S3TestServer
beforeAll(async () => {
  s3 = await startS3TestServer({ bucket: "seleno-it-files" })
  Object.assign(process.env, s3.env)
})
afterAll(async () => {
  await s3?.close()
})

const head = (key: string) =>
  new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } }).send(
    new HeadObjectCommand({ Bucket: s3.bucket, Key: key })
  )

seededSuite("seleno_it_files_s3", ({ api, getContainer }) => {
  it("stores an admin upload in the bucket, and its URL serves it", async () => {
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(TINY_PNG)], { type: "image/png" }), "hero.png")
    const upload = await settle(api.post("/admin/uploads", form, await adminHeaders(api)))
    expect(upload.status).toBe(200)
    const [file] = upload.data.files
    expect(file.url).toBe(`${s3.env.S3_FILE_URL}/${file.id}`)
    const stored = await head(file.id)
    expect(stored.ContentType).toBe("image/png")
    const served = await fetch(file.url)
    expect(served.status).toBe(200)
    // The upload gate re-encodes images, so the bytes are a fresh PNG of the same picture.
    const picture = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(picture).toMatchObject({ format: "png", width: 1, height: 1 })
  })

  it("keeps a private file out of public URLs and out of shared caches", async () => {
    const files = getContainer().resolve(Modules.FILE)
    const [created] = await files.createFiles([{ filename: "licence.pdf", mimeType: "application/pdf", content: Buffer.from("%PDF-1.4 licence").toString("base64"), access: "private" }])
    expect(created!.id.startsWith("private-")).toBe(true)
    expect(created!.url).toBe("")
    expect((await head(created!.id)).CacheControl).toBe("private, no-store")
    expect((await files.getAsBuffer(created!.id)).toString()).toBe("%PDF-1.4 licence")
  })
})
