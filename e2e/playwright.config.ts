import { defineConfig, devices } from "@playwright/test"

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

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
    baseURL: "http://localhost:8000",
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
    url: "http://localhost:8000/zh-CN",
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
  },
})
