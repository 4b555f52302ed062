import type { NextConfig } from "next"

// @seleno/domain ships compiled CommonJS in dist/, so it needs no transpilePackages entry.
// Security headers are set by server.mjs at run time (server/security-headers.mjs): they depend on
// deployment settings (file store host, Stripe, SELENO_ENV) that a build must not bake in.
const nextConfig: NextConfig = {
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
