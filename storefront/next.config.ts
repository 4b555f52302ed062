import type { NextConfig } from "next"

// @seleno/domain ships compiled CommonJS in dist/, so it needs no transpilePackages entry.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Unmatched URLs (outside /zh-CN and /en) get a full-document 404 of their own.
    globalNotFound: true,
  },
}

export default nextConfig
