import { defineConfig, devices } from "@playwright/test"
import { E2E_BACKEND_PORT, E2E_BACKEND_URL, E2E_STOREFRONT_PORT, E2E_STOREFRONT_URL, E2E_STRIPE_CONTROL_PORT } from "./ports.mjs"

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
// The tests and their workers read the backend's address from here.
process.env.MEDUSA_BACKEND_URL = E2E_BACKEND_URL

export default defineConfig({
  testDir: "./tests",
  // One backend and one database serve every test; tests create their own data, so a few can
  // run side by side, but the 2-core machines are the limit.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_STOREFRONT_URL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/serve.mjs",
    env: {
      BACKEND_PORT: String(E2E_BACKEND_PORT),
      STOREFRONT_PORT: String(E2E_STOREFRONT_PORT),
      MEDUSA_BACKEND_URL: E2E_BACKEND_URL,
      STOREFRONT_URL: E2E_STOREFRONT_URL,
      E2E_STRIPE_CONTROL_PORT: String(E2E_STRIPE_CONTROL_PORT),
    },
    url: `${E2E_STOREFRONT_URL}/zh-CN`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
  },
})
