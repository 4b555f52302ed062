import type { NextConfig } from "next"

// @seleno/domain ships compiled CommonJS in dist/ (for the backend and tests); the bundler reads
// its TypeScript sources instead, as ES modules it can tree-shake: a page's JavaScript then carries
// the helpers its client parts use, not every brand description and county of the package.
// Security headers are set by server.mjs at run time (server/security-headers.mjs): they depend on
// deployment settings (file store host, Stripe, SELENO_ENV) that a build must not bake in.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  turbopack: {
    resolveAlias: { "@seleno/domain": "../packages/domain/src/index.ts" },
  },
  reactStrictMode: true,
  experimental: {
    // Unmatched URLs (outside /zh-CN and /en) get a full-document 404 of their own.
    globalNotFound: true,
    // Cached pages and fetches live in memory only (an LRU of cacheMaxMemorySize, 50 MB by default),
    // never on disk: a restarted storefront, or one started on a reseeded database, must not serve
    // pages rendered from data that no longer exists. Each instance renders a page once after start.
    isrFlushToDisk: false,
    // A listing may carry five photos of up to 5 MB (ENTERPRISE_UPLOAD_MAX_* in @seleno/domain), a
    // shopper's report one; Next.js refuses server-action bodies over 1 MB by default.
    serverActions: { bodySizeLimit: "26mb" },
  },
}

export default nextConfig
