/**
 * Where the file module serves public files (product and campaign images): medusa-config.ts gives
 * the file-local provider `${MEDUSA_BACKEND_URL}/static` as its base, read from the same variable.
 */
export function publicFileBase(env: NodeJS.ProcessEnv = process.env): string {
  return `${(env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/static/`
}
