import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3"
import { startS3TestServer, type S3TestServer } from "../../../../integration-tests/utils/s3-test-server"
import { PRIVATE_CACHE_CONTROL, PRIVATE_KEY_PREFIX, SelenoS3FileService } from "../service"
import { s3OptionsFromEnv } from "../settings"

// Medusa's real file-s3 code (through our subclass) against a real S3-compatible server on loopback.
const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() } as never
let s3: S3TestServer
let service: SelenoS3FileService
let client: S3Client

beforeAll(async () => {
  s3 = await startS3TestServer()
  const options = s3OptionsFromEnv(s3.env)!
  service = new SelenoS3FileService({ logger }, options as never)
  client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } })
})
afterAll(() => s3.close())

const head = (key: string) => client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }))

describe("S3 file provider", () => {
  it("reads its settings from the environment: path style with an endpoint, none without S3_BUCKET", () => {
    expect(s3OptionsFromEnv({})).toBeNull()
    expect(s3OptionsFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000/", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })).toEqual({
      file_url: "http://minio:9000/b",
      bucket: "b",
      region: "us-east-1",
      endpoint: "http://minio:9000",
      access_key_id: "k",
      secret_access_key: "s",
      additional_client_config: { forcePathStyle: true },
    })
    const aws = s3OptionsFromEnv({ S3_BUCKET: "b", S3_REGION: "cn-north-1" })!
    expect(aws.file_url).toBe("https://b.s3.cn-north-1.amazonaws.com")
    expect(aws.authentication_method).toBe("s3-iam-role")
    expect(aws.additional_client_config).toEqual({ forcePathStyle: false })
  })

  it("stores a public file under its public URL, cacheable, and the URL serves it", async () => {
    const result = await service.upload({ filename: "tea.png", mimeType: "image/png", content: Buffer.from("png bytes").toString("base64"), access: "public" })
    expect(result.key).toMatch(/^tea-[0-9A-Z]{26}\.png$/)
    expect(result.url).toBe(`${s3.env.S3_FILE_URL}/${result.key}`)
    expect((await head(result.key)).CacheControl).toBe("public, max-age=31536000")
    const served = await fetch(result.url)
    expect(served.status).toBe(200)
    expect(await served.text()).toBe("png bytes")
  })

  it("keeps a private file apart: private- key, private Cache-Control, no public URL", async () => {
    const result = await service.upload({ filename: "licence.pdf", mimeType: "application/pdf", content: Buffer.from("%PDF-1.4").toString("base64"), access: "private" })
    expect(result.key.startsWith(PRIVATE_KEY_PREFIX)).toBe(true)
    expect(result.url).toBe("")
    expect((await head(result.key)).CacheControl).toBe(PRIVATE_CACHE_CONTROL)
    // An allowed actor still gets it: through the File Module (a backend route) or a presigned link.
    expect((await service.getAsBuffer({ fileKey: result.key })).toString()).toBe("%PDF-1.4")
    const link = await service.getPresignedDownloadUrl({ fileKey: result.key })
    expect(link).toContain("X-Amz-Signature=")
    expect(await (await fetch(link)).text()).toBe("%PDF-1.4")
    // No access given counts as private (the File Module's default), never public.
    const unspecified = await service.upload({ filename: "report.pdf", mimeType: "application/pdf", content: Buffer.from("x").toString("base64") })
    expect(unspecified.key.startsWith(PRIVATE_KEY_PREFIX)).toBe(true)
    expect(unspecified.url).toBe("")
  })

  it("puts the private settings back: a public upload right after a private one is public", async () => {
    const [priv, pub] = await Promise.all([
      service.upload({ filename: "a.pdf", mimeType: "application/pdf", content: "YQ==", access: "private" }),
      service.upload({ filename: "b.png", mimeType: "image/png", content: "Yg==", access: "public" }),
    ])
    expect(priv.key.startsWith(PRIVATE_KEY_PREFIX)).toBe(true)
    expect(pub.key.startsWith(PRIVATE_KEY_PREFIX)).toBe(false)
    expect((await head(pub.key)).CacheControl).toBe("public, max-age=31536000")
    const body = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: pub.key }))
    expect(await body.Body!.transformToString()).toBe("b")
  })
})
