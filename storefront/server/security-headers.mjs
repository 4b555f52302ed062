/*
 * The headers every storefront and portal answer carries, decided at run time from the environment
 * (the file store's host and whether Stripe is on are deployment settings, not build settings):
 * never framed, never sniffed, only the origin sent on as referrer, HSTS in deployment mode, and a
 * Content-Security-Policy that lets a page load nothing from another host except the file store's
 * images and, when Stripe keys are set, Stripe.js. Next.js's own inline scripts need
 * 'unsafe-inline' for scripts: nonces would make every page dynamic (no cached pages), so the
 * policy limits where scripts come from and where data may go instead.
 */

import deploymentRules from "@seleno/domain/dist/deployment/rules.js"

const STRIPE_SCRIPT = "https://js.stripe.com"
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com"]
const STRIPE_API = "https://api.stripe.com"

function originOf(url) {
  if (!url) return null
  try {
    const { protocol, origin } = new URL(url)
    return protocol === "http:" || protocol === "https:" ? origin : null
  } catch {
    return null
  }
}

/** Hosts product and campaign images are served from: the backend's /static, or the S3 file URL. */
function fileOrigins(env) {
  return [...new Set([env.MEDUSA_BACKEND_URL, env.S3_FILE_URL].map(originOf).filter(Boolean))]
}

export function contentSecurityPolicy(env = process.env) {
  const stripe = Boolean(env.STRIPE_PUBLISHABLE_KEY)
  const files = fileOrigins(env)
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${stripe ? ` ${STRIPE_SCRIPT}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...files].join(" "),
    "font-src 'self'",
    `connect-src 'self'${stripe ? ` ${STRIPE_API}` : ""}`,
    stripe ? `frame-src ${STRIPE_FRAMES.join(" ")}` : "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  // next dev evaluates modules with eval for fast refresh.
  if (env.NODE_ENV !== "production") directives[1] += " 'unsafe-eval'"
  return directives.join("; ")
}

export function pageSecurityHeaders(env = process.env) {
  const headers = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": contentSecurityPolicy(env),
  }
  // HSTS in deployment mode only: the rule and value live in @seleno/domain, shared with the backend.
  return { ...headers, ...deploymentRules.deploymentHeaders(env) }
}
