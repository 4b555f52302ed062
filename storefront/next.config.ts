import type { NextConfig } from "next"

// Every page: never framed by another site (clickjacking), never sniffed into another type, no
// plugins, no <base> elsewhere, and only the origin sent on as referrer. A full script CSP needs
// nonces on Next's inline scripts; that comes with the deployment mode (docs/security.md).
// HSTS is added by server.mjs in the deployment mode (SELENO_ENV=production) only: these headers are
// fixed when `next build` runs, and one build serves both the http demo and a deployment.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
]

// @seleno/domain ships compiled CommonJS in dist/, so it needs no transpilePackages entry.
const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }]
  },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Unmatched URLs (outside /zh-CN and /en) get a full-document 404 of their own.
    globalNotFound: true,
    // A shopper's report may carry a phone photo of up to 5 MB (see REPORT_LIMITS in @seleno/domain);
    // Next.js refuses server-action bodies over 1 MB by default.
    serverActions: { bodySizeLimit: "6mb" },
  },
}

export default nextConfig
