/**
 * The smallest deployment environment `deploymentProblems` accepts, with example hosts and
 * throwaway secrets (never use these): the shape docs/deploy.md describes, and the starting point
 * of every test that changes one setting to see it refused.
 */
export const EXAMPLE_DEPLOYMENT_ENV = {
  SELENO_ENV: "production",
  NODE_ENV: "production",
  JWT_SECRET: "4f1c0e9b7a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c",
  COOKIE_SECRET: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f",
  STOREFRONT_REVALIDATE_SECRET: "5b7d9f1a3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c",
  STORE_CORS: "https://shop.example.cn",
  ADMIN_CORS: "https://api.example.cn",
  AUTH_CORS: "https://shop.example.cn,https://api.example.cn",
  MEDUSA_BACKEND_URL: "https://api.example.cn",
  STOREFRONT_URL: "https://shop.example.cn",
  DATABASE_URL: "postgres://seleno@db.internal:5432/seleno",
  REDIS_URL: "redis://redis.internal:6379",
  SMTP_HOST: "smtp.example.cn",
  S3_BUCKET: "seleno-files",
  LOG_LEVEL: "info",
} as const satisfies Record<string, string>
