import { describe, expect, it } from "vitest"
import { EXAMPLE_DEPLOYMENT_ENV } from "./example-env"
import { deploymentHeaders, deploymentProblems, deploymentRefusal, isDeploymentMode } from "./rules"

const SAFE = EXAMPLE_DEPLOYMENT_ENV

const problemsWith = (patch: Record<string, string | undefined>) => deploymentProblems({ ...SAFE, ...patch })

describe("deploymentProblems", () => {
  it("finds nothing in a safe deployment environment", () => {
    expect(deploymentProblems(SAFE)).toEqual([])
    expect(deploymentRefusal(SAFE)).toBeNull()
  })

  it("checks nothing outside the deployment mode: npm start (NODE_ENV=production alone) is the demo", () => {
    expect(isDeploymentMode({ NODE_ENV: "production" })).toBe(false)
    expect(deploymentProblems({ NODE_ENV: "production", JWT_SECRET: "supersecret" })).toEqual([])
    expect(deploymentProblems({ SELENO_ENV: "development", JWT_SECRET: "supersecret" })).toEqual([])
  })

  it.each(["JWT_SECRET", "COOKIE_SECRET", "STOREFRONT_REVALIDATE_SECRET"])("refuses %s missing, a known default or shorter than 32 bytes", (name) => {
    expect(problemsWith({ [name]: undefined })).toEqual([expect.stringMatching(new RegExp(`^${name} is not set`))])
    expect(problemsWith({ [name]: "supersecret" })).toEqual([expect.stringMatching(new RegExp(`^${name} is a known default`))])
    expect(problemsWith({ [name]: "Secret" })).toEqual([expect.stringMatching(new RegExp(`^${name} is a known default`))])
    expect(problemsWith({ [name]: "a".repeat(31) })).toEqual([`${name} is 31 bytes long: use at least 32 random bytes (e.g. openssl rand -hex 32).`])
    // Bytes, not characters: 11 Chinese characters are 33 bytes.
    expect(problemsWith({ [name]: "硒".repeat(11) })).toEqual([])
  })

  it("refuses one secret used for both", () => {
    expect(problemsWith({ COOKIE_SECRET: SAFE.JWT_SECRET })).toEqual([expect.stringMatching(/^JWT_SECRET and COOKIE_SECRET are the same/)])
  })

  it.each(["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"])("refuses %s missing or listing this machine", (name) => {
    expect(problemsWith({ [name]: undefined })).toEqual([expect.stringMatching(new RegExp(`^${name} is not set`))])
    for (const local of ["http://localhost:5173", "http://127.0.0.1:8000", "http://[::1]:9000", "/localhost:\\d+/"]) {
      expect(problemsWith({ [name]: `https://shop.example.cn,${local}` })).toEqual([`${name} lists local origins (${local}): list only the public origins.`])
    }
    expect(problemsWith({ [name]: "*" })).toEqual([expect.stringMatching(new RegExp(`^${name} allows every origin`))])
  })

  it.each(["MEDUSA_BACKEND_URL", "STOREFRONT_URL"])("refuses %s missing, not https or local", (name) => {
    expect(problemsWith({ [name]: undefined })).toEqual([`${name} is not set: give the public https URL.`])
    expect(problemsWith({ [name]: "http://shop.example.cn" })).toEqual([expect.stringMatching(new RegExp(`^${name} \\("http://shop.example.cn"\\) is not https`))])
    expect(problemsWith({ [name]: "https://localhost" })).toEqual([expect.stringMatching(/names this machine/)])
    expect(problemsWith({ [name]: "shop" })).toEqual([expect.stringMatching(/is not a URL/)])
  })

  it("refuses test-only variables, naming each", () => {
    expect(problemsWith({ STRIPE_API_HOST: "127.0.0.1:12111", SELENO_IT_DB_SUFFIX: "x", E2E_DATABASE: "seleno_e2e" })).toEqual([
      "Test-only variables are set (E2E_DATABASE, SELENO_IT_DB_SUFFIX, STRIPE_API_HOST): unset them; they point the servers at test doubles.",
    ])
  })

  it("refuses demo-only login variables", () => {
    expect(problemsWith({ ADMIN_PASSWORD: "supersecret" })).toEqual([expect.stringMatching(/^Demo-only variables are set \(ADMIN_PASSWORD\)/)])
  })

  it.each([
    ["DATABASE_URL", /^DATABASE_URL is not set/],
    ["REDIS_URL", /^REDIS_URL is not set/],
    ["SMTP_HOST", /^E-mail is not configured/],
    ["S3_BUCKET", /^File storage is local/],
  ])("refuses %s unset", (name, message) => {
    expect(problemsWith({ [name]: undefined })).toEqual([expect.stringMatching(message)])
  })

  it("refuses log levels that write request lines (paths and referrers carry reset tokens)", () => {
    expect(problemsWith({ LOG_LEVEL: undefined })).toEqual([expect.stringMatching(/^LOG_LEVEL is not set \(Medusa then logs at "http"\)/)])
    for (const level of ["http", "verbose", "debug", "silly"]) expect(problemsWith({ LOG_LEVEL: level })).toEqual([expect.stringMatching(new RegExp(`^LOG_LEVEL is "${level}"`))])
    for (const level of ["info", "warn", "error"]) expect(problemsWith({ LOG_LEVEL: level })).toEqual([])
  })

  it("lists every problem at once, and the refusal names them all", () => {
    const env = { SELENO_ENV: "production", JWT_SECRET: "supersecret", ADMIN_CORS: "http://localhost:9000,http://localhost:5173", STRIPE_API_HOST: "127.0.0.1:1" }
    const problems = deploymentProblems(env)
    expect(problems).toHaveLength(14)
    const refusal = deploymentRefusal(env)!
    expect(refusal).toMatch(/^Refusing to start in deployment mode \(SELENO_ENV=production\): 14 unsafe settings\./)
    for (const problem of problems) expect(refusal).toContain(problem)
  })
})

describe("deploymentHeaders", () => {
  it("adds HSTS for a year with subdomains in the deployment mode only", () => {
    expect(deploymentHeaders({ SELENO_ENV: "production" })).toEqual({ "Strict-Transport-Security": "max-age=31536000; includeSubDomains" })
    expect(deploymentHeaders({ NODE_ENV: "production" })).toEqual({})
    expect(deploymentHeaders({})).toEqual({})
  })
})
