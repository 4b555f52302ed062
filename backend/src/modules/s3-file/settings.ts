/** Options of Medusa's file-s3 provider (S3FileServiceOptions), from the environment. */
export interface S3Options {
  file_url: string
  bucket: string
  region: string
  endpoint?: string
  access_key_id?: string
  secret_access_key?: string
  authentication_method?: "access-key" | "s3-iam-role"
  additional_client_config?: Record<string, unknown>
}

/**
 * S3-compatible storage (AWS S3, Aliyun OSS, Tencent COS, MinIO …) when S3_BUCKET is set, from
 * S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_FILE_URL (the public base
 * a file's URL starts with). With an endpoint, path-style addressing (`endpoint/bucket/key`) unless
 * S3_FORCE_PATH_STYLE=false: what MinIO and test servers need. Null without S3_BUCKET.
 */
export function s3OptionsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Options | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const endpoint = env.S3_ENDPOINT?.replace(/\/+$/, "") || undefined
  const region = env.S3_REGION || "us-east-1"
  const forcePathStyle = endpoint ? env.S3_FORCE_PATH_STYLE !== "false" : env.S3_FORCE_PATH_STYLE === "true"
  const fileUrl =
    env.S3_FILE_URL?.replace(/\/+$/, "") ||
    (endpoint ? (forcePathStyle ? `${endpoint}/${bucket}` : endpoint.replace("://", `://${bucket}.`)) : `https://${bucket}.s3.${region}.amazonaws.com`)
  const keys = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
  return {
    file_url: fileUrl,
    bucket,
    region,
    endpoint,
    ...(keys
      ? { access_key_id: env.S3_ACCESS_KEY_ID, secret_access_key: env.S3_SECRET_ACCESS_KEY }
      : { authentication_method: "s3-iam-role" as const }),
    additional_client_config: { forcePathStyle },
  }
}
