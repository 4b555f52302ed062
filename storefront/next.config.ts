import type { NextConfig } from "next"

// @seleno/domain ships compiled CommonJS in dist/, so it needs no transpilePackages entry.
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
