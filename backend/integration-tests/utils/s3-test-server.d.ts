export interface S3TestServer {
  endpoint: string
  bucket: string
  /** The environment that points the backend's file-s3 provider at this server. */
  env: Record<string, string>
  close(): Promise<void>
}

export function startS3TestServer(options?: { bucket?: string; port?: number; directory?: string }): Promise<S3TestServer>
