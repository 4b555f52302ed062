import { deploymentHeaders } from "@seleno/domain"

/**
 * Which security headers a backend answer carries, by path. Every answer: never framed, never
 * sniffed into another type, only the origin sent on as referrer, and HSTS in deployment mode.
 * On top of that a Content-Security-Policy per kind of answer:
 * - the admin (/app) may run only its own scripts and talk only to its own origin;
 * - stored files (/static) are inert: even an HTML file that slipped through runs no script and is
 *   sandboxed into an opaque origin, so it cannot use the admin's session;
 * - API answers are data: nothing in them may load or run anything.
 */
export type SecurityHeaders = Record<string, string>

const EVERY_ANSWER: SecurityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
}

const ADMIN_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The admin's UI library sets inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

const FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}

export function securityHeaders(url: string, env: NodeJS.ProcessEnv = process.env): SecurityHeaders {
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase()
  const policy = under(path, "/app") ? ADMIN_POLICY : under(path, "/static") ? FILE_POLICY : API_POLICY
  const headers: SecurityHeaders = { ...EVERY_ANSWER, "Content-Security-Policy": policy }
  // HSTS (one year, subdomains) in the deployment mode only: @seleno/domain's deploymentHeaders,
  // shared with the storefront's server.
  Object.assign(headers, deploymentHeaders(env))
  return headers
}

/** Sets the headers for `url` on a response that has not started yet. */
export function applySecurityHeaders(res: { setHeader(name: string, value: string): unknown; headersSent?: boolean }, url: string): void {
  if (res.headersSent) return
  for (const [name, value] of Object.entries(securityHeaders(url))) res.setHeader(name, value)
}
