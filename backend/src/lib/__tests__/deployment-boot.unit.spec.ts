import { spawnSync } from "node:child_process"
import path from "node:path"
import { deploymentProblems } from "@seleno/domain"

const BACKEND = path.join(__dirname, "../../..")
const MEDUSA = path.join(BACKEND, "../node_modules/.bin/medusa")

/**
 * The real boot path: `medusa exec` loads medusa-config.ts (as `medusa start`, `db:migrate` and the
 * launcher's seed do) with an unsafe deployment environment. It must exit non-zero with one error
 * that names every problem, before touching a database.
 */
describe("booting in the deployment mode with unsafe settings", () => {
  jest.setTimeout(120_000)

  it("exits with one error naming every problem", () => {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "production",
      SELENO_ENV: "production",
      JWT_SECRET: "supersecret",
      COOKIE_SECRET: "short-cookie-secret",
      STORE_CORS: "https://shop.example.cn",
      ADMIN_CORS: "https://api.example.cn,http://localhost:5173",
      AUTH_CORS: "https://shop.example.cn,http://127.0.0.1:8000",
      MEDUSA_BACKEND_URL: "http://api.example.cn",
      STOREFRONT_URL: "https://shop.example.cn",
      STRIPE_API_HOST: "127.0.0.1:12111",
      ADMIN_PASSWORD: "supersecret",
      LOG_LEVEL: "http",
    }
    const problems = deploymentProblems(env)
    // Secrets ×3 (JWT, cookie, storefront revalidation), CORS ×2, backend URL, test-only, demo-only,
    // log level, DATABASE_URL, REDIS_URL, SMTP, S3.
    expect(problems).toHaveLength(13)

    const run = spawnSync(MEDUSA, ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env, encoding: "utf8", timeout: 110_000 })
    // Production logs are JSON lines: read their messages (plain lines stay as they are).
    const output = `${run.stdout}${run.stderr}`
      .split("\n")
      .map((line) => {
        try {
          return String((JSON.parse(line) as { message?: unknown }).message ?? line)
        } catch {
          return line
        }
      })
      .join("\n")
    expect(run.status).toBe(1)
    expect(output).toContain("Refusing to start in deployment mode (SELENO_ENV=production): 13 unsafe settings.")
    for (const problem of problems) expect(output).toContain(problem)
    // Refused before anything ran: no seed, no connection attempt.
    expect(output).not.toMatch(/Seed:|ECONNREFUSED/)
  })
})
