// An S3-compatible server (the `s3rver` package) on loopback with one bucket, for the S3 file
// suite and the cluster test (e2e/cluster/services.mjs). It checks request signatures
// (S3RVER/S3RVER) but not ACLs. CommonJS so both jest and the cluster's ES modules load it.
const { mkdtempSync, rmSync } = require("node:fs")
const { tmpdir } = require("node:os")
const path = require("node:path")
const S3rver = require("s3rver")

/**
 * Starts the server; `port` 0 picks a free one, and without `directory` its data goes to a temp
 * folder removed on close. `env` points the backend's file-s3 provider at it.
 * @param {{ bucket?: string, port?: number, directory?: string }} [options]
 * @returns {Promise<{ endpoint: string, bucket: string, env: Record<string, string>, close(): Promise<void> }>}
 */
async function startS3TestServer({ bucket = "seleno-files", port = 0, directory } = {}) {
  const temporary = !directory
  const folder = directory ?? mkdtempSync(path.join(tmpdir(), "seleno-s3rver-"))
  const server = new S3rver({ address: "127.0.0.1", port, silent: true, directory: folder, configureBuckets: [{ name: bucket }], vhostBuckets: false })
  const { port: bound } = await server.run()
  const endpoint = `http://127.0.0.1:${bound}`
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
      if (temporary) rmSync(folder, { recursive: true, force: true })
    },
  }
}

module.exports = { startS3TestServer }
