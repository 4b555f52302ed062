/**
 * Where the file module serves public files (product, brand and campaign images): S3_FILE_URL when
 * files live on S3-compatible storage, else `${MEDUSA_BACKEND_URL}/static`, the base medusa-config.ts
 * gives the file-local provider. Always ends with "/", so a prefix check cannot match a look-alike.
 */
export function publicFileBase(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.S3_BUCKET && env.S3_FILE_URL ? env.S3_FILE_URL : `${env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/static`
  return `${base.replace(/\/+$/, "")}/`
}
