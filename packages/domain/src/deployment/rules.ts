/**
 * The deployment mode (SELENO_ENV=production) and what it refuses. `npm start` is the local demo
 * (its NODE_ENV is production too), so every deployment rule keys on SELENO_ENV, never NODE_ENV.
 * One list of every unsafe setting, so the operator fixes them all at once: the backend's
 * medusa-config throws it at boot, the launcher shows it before starting anything.
 */

export const DEPLOYMENT_ENV_VAR = "SELENO_ENV"
export const DEPLOYMENT_MODE = "production"

type Env = Record<string, string | undefined>

export function isDeploymentMode(env: Env): boolean {
  return env[DEPLOYMENT_ENV_VAR] === DEPLOYMENT_MODE
}

/** Secrets shorter than this many bytes are refused (HS256 wants a key at least as long as its hash). */
export const MIN_SECRET_BYTES = 32

/**
 * Values seen in docs, samples and our own files (.env.example, tests, the demo): never a secret.
 * Compared case-insensitively.
 */
export const KNOWN_DEFAULT_SECRETS: readonly string[] = [
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "change_me",
  "medusa",
  "jwt_secret",
  "cookie_secret",
  "jwt-secret",
  "cookie-secret",
  "your-jwt-secret",
  "your-cookie-secret",
  "seleno",
  "seleno-portal",
  "seleno-marketing",
  "password",
  "test",
]

/** Variables only the test suites, benchmarks and crash drills read; none may reach a deployment. */
export const TEST_ONLY_VARIABLES: readonly string[] = [
  "STRIPE_API_HOST",
  "SELENO_IT_DB_SUFFIX",
  "SELENO_TEST_REDIS_URL",
  "EMBEDDED_TEST_PG_PORT",
]
/** Prefixes of test-only variable families (Playwright stack, checkout fuzzing, crash drills). */
export const TEST_ONLY_PREFIXES: readonly string[] = ["E2E_", "FUZZ_", "CRASH_"]

/** Demo-seed variables: the deployment seed creates no demo login, so setting one is a mistake. */
export const DEMO_ONLY_VARIABLES: readonly string[] = ["ADMIN_PASSWORD", "DEMO_ENTERPRISE_PASSWORD", "DEMO_MARKETING_PASSWORD"]

/**
 * Log levels that keep request lines out of the log. Medusa's default ("http") logs every request's
 * path and referrer: the admin's reset page (/app/reset-password?token=…) and every call it makes
 * would write a live password-reset token into the log.
 */
export const DEPLOYMENT_LOG_LEVELS: readonly string[] = ["error", "warn", "info"]

export const CORS_VARIABLES = ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"] as const
export const PUBLIC_URL_VARIABLES = ["MEDUSA_BACKEND_URL", "STOREFRONT_URL"] as const

const LOOPBACK_HOST = /^(localhost|[^.]+\.localhost|127(\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|\[::\])$/i

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname.toLowerCase()
  } catch {
    // Medusa also takes regular expressions (/…/) as CORS entries: test the text itself.
    const match = /^(?:[a-z]+:\/\/)?([^/:]+|\[[^\]]+\])/i.exec(origin)
    return match ? match[1]!.toLowerCase() : null
  }
}

function secretProblems(name: string, value: string | undefined): string[] {
  if (!value) return [`${name} is not set: give every instance the same random value of at least ${MIN_SECRET_BYTES} bytes (e.g. openssl rand -hex 32).`]
  if (KNOWN_DEFAULT_SECRETS.includes(value.trim().toLowerCase())) return [`${name} is a known default value ("${value}"): anyone could sign tokens; use a random value of at least ${MIN_SECRET_BYTES} bytes.`]
  const bytes = new TextEncoder().encode(value).length
  if (bytes < MIN_SECRET_BYTES) return [`${name} is ${bytes} bytes long: use at least ${MIN_SECRET_BYTES} random bytes (e.g. openssl rand -hex 32).`]
  return []
}

function corsProblems(name: string, value: string | undefined): string[] {
  if (!value || !value.trim()) return [`${name} is not set: list the public https origins allowed to call the API (comma separated).`]
  const entries = value.split(",").map((e) => e.trim()).filter(Boolean)
  const problems: string[] = []
  const local = entries.filter((entry) => {
    const host = hostOf(entry)
    return (host !== null && LOOPBACK_HOST.test(host)) || /localhost|127\.\d+\.\d+\.\d+|\[::1\]/i.test(entry)
  })
  if (local.length) problems.push(`${name} lists local origins (${local.join(", ")}): list only the public origins.`)
  if (entries.includes("*")) problems.push(`${name} allows every origin ("*"): list the public origins.`)
  return problems
}

function urlProblems(name: string, value: string | undefined): string[] {
  if (!value) return [`${name} is not set: give the public https URL.`]
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return [`${name} ("${value}") is not a URL: give the public https URL.`]
  }
  if (url.protocol !== "https:") return [`${name} ("${value}") is not https: tokens and cookies must not travel in clear text.`]
  if (LOOPBACK_HOST.test(url.hostname)) return [`${name} ("${value}") names this machine: give the public https URL.`]
  return []
}

/**
 * Every reason a deployment (SELENO_ENV=production) must not start with this environment, one
 * message each, each naming the variable and what to do. Empty outside the deployment mode and
 * for a safe environment.
 */
export function deploymentProblems(env: Env): string[] {
  if (!isDeploymentMode(env)) return []
  const problems: string[] = []
  problems.push(...secretProblems("JWT_SECRET", env.JWT_SECRET), ...secretProblems("COOKIE_SECRET", env.COOKIE_SECRET))
  if (env.JWT_SECRET && env.JWT_SECRET === env.COOKIE_SECRET) problems.push("JWT_SECRET and COOKIE_SECRET are the same value: give each its own random value.")
  // Without it no storefront instance learns that a price or a certificate changed: pages would show
  // the old one for up to STOREFRONT_CACHE_MAX_SECONDS.
  problems.push(...secretProblems("STOREFRONT_REVALIDATE_SECRET", env.STOREFRONT_REVALIDATE_SECRET))
  for (const name of CORS_VARIABLES) problems.push(...corsProblems(name, env[name]))
  for (const name of PUBLIC_URL_VARIABLES) problems.push(...urlProblems(name, env[name]))
  const testOnly = Object.keys(env)
    .filter((name) => env[name] !== undefined && (TEST_ONLY_VARIABLES.includes(name) || TEST_ONLY_PREFIXES.some((p) => name.startsWith(p))))
    .sort()
  if (testOnly.length) problems.push(`Test-only variables are set (${testOnly.join(", ")}): unset them; they point the servers at test doubles.`)
  const demoOnly = DEMO_ONLY_VARIABLES.filter((name) => env[name] !== undefined)
  if (demoOnly.length) problems.push(`Demo-only variables are set (${demoOnly.join(", ")}): the deployment creates no demo logins; create the first admin with "npx medusa user -e … -p …".`)
  if (!DEPLOYMENT_LOG_LEVELS.includes(env.LOG_LEVEL ?? "")) {
    problems.push(`LOG_LEVEL is ${env.LOG_LEVEL ? `"${env.LOG_LEVEL}"` : "not set (Medusa then logs at \"http\")"}: request lines carry paths and referrers, password-reset tokens included; set LOG_LEVEL=info (or warn, error).`)
  }
  if (!env.DATABASE_URL) problems.push("DATABASE_URL is not set: every instance must use the same PostgreSQL server (no embedded database in a deployment).")
  if (!env.REDIS_URL) problems.push("REDIS_URL is not set: the event bus, workflow engine, locks and cache must be shared through Redis by every instance.")
  if (!env.SMTP_HOST) problems.push("E-mail is not configured (SMTP_HOST is not set): order confirmations and password resets would only be logged; set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and MAIL_FROM.")
  if (!env.S3_BUCKET) problems.push("File storage is local (S3_BUCKET is not set): uploads would stay on one machine's disk; set S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_FILE_URL.")
  return problems
}

/** The one boot error naming every problem, or null when there is none. */
export function deploymentRefusal(env: Env): string | null {
  const problems = deploymentProblems(env)
  if (!problems.length) return null
  return [`Refusing to start in deployment mode (${DEPLOYMENT_ENV_VAR}=${DEPLOYMENT_MODE}): ${problems.length} unsafe setting${problems.length === 1 ? "" : "s"}.`, ...problems.map((p) => `  - ${p}`), "See docs/deploy.md."].join("\n")
}

/**
 * HSTS: browsers keep to https for a year, subdomains included. Sent by the API and the storefront
 * in the deployment mode only; the local demo runs on http://localhost, where it would pin the
 * browser to an https that does not exist.
 */
export const HSTS_HEADER = { name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" } as const

/** The transport headers the deployment mode adds to every answer (none outside it). */
export function deploymentHeaders(env: Env): Record<string, string> {
  return isDeploymentMode(env) ? { [HSTS_HEADER.name]: HSTS_HEADER.value } : {}
}
