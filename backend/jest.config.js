const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// @medusajs/test-utils reads these; default to the local PostgreSQL with trust auth.
process.env.DB_HOST ??= "localhost" // test-utils turns on SSL for any other host name
process.env.DB_PORT ??= "5432"
process.env.DB_USERNAME ??= "postgres"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  // meilisearch ships only ES modules; let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ["/node_modules/(?!meilisearch/)"],
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: process.env.TEST_TYPE === "integration:http" ? "./integration-tests/global-setup.js" : undefined,
  testMatch:
    process.env.TEST_TYPE === "integration:http"
      ? ["**/integration-tests/http/**/*.spec.[jt]s"]
      : ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
}
