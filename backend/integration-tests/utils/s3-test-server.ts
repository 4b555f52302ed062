import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver")

export interface S3TestServer {
  endpoint: string
  bucket: string
  /** The environment that points the backend's file-s3 provider at this server. */
  env: Record<string, string>
  close(): Promise<void>
}

/**
 * An S3-compatible server (the `s3rver` package) on loopback with one bucket, its data in a temp
 * folder removed on close. It checks request signatures (S3RVER/S3RVER) but not ACLs.
 */
export async function startS3TestServer(bucket = "seleno-files"): Promise<S3TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "seleno-s3rver-"))
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }], vhostBuckets: false })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FILE_URL: `${endpoint}/${bucket}`,
    },
    close: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
