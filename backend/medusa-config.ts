import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { deploymentRefusal, isDeploymentMode } from "@seleno/domain"
import { PRODUCT_COVERING_KEYS, PRODUCT_LISTING_ORDERS } from "./src/lib/search/product-query"
import { smsGatewayFromEnv } from "./src/lib/sms"
import { s3OptionsFromEnv } from "./src/modules/s3-file/settings"
import { smtpOptionsFromEnv } from "./src/modules/smtp-notification/settings"
import { STRIPE_REGISTRATION_ID, stripeOptionsFromEnv } from "./src/modules/stripe-payments/settings"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"

// Deployment mode (SELENO_ENV=production, docs/deploy.md): one error naming every unsafe setting,
// before anything starts. `npm start` (NODE_ENV=production without SELENO_ENV) stays the demo.
const deployment = isDeploymentMode(process.env)
const refusal = deploymentRefusal(process.env)
if (refusal) throw new Error(refusal)

// The launcher generates and persists real secrets; the literal fallback is for tests and
// `medusa develop` only, and production refuses to start without real ones.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction) throw new Error(`${name} must be set in production (npm start generates one)`)
  return "supersecret"
}

/**
 * Product search: PostgreSQL (through our Chinese-aware subclass of Medusa's provider) unless a
 * Meilisearch host is configured. Registered in every mode: Medusa's own default only covers
 * development, and `npm start` runs production.
 */
function searchProvider() {
  if (process.env.MEILISEARCH_HOST) {
    return {
      resolve: "./src/modules/meilisearch-search",
      id: "meilisearch",
      options: { host: process.env.MEILISEARCH_HOST, api_key: process.env.MEILISEARCH_API_KEY },
    }
  }
  return { resolve: "./src/modules/chinese-postgres-search", id: "postgres-zh", options: { sort_indexes: PRODUCT_LISTING_ORDERS, covering_index: PRODUCT_COVERING_KEYS } }
}

/**
 * With REDIS_URL, the infrastructure modules that must be shared between server processes run on
 * Redis: event bus, workflow engine, locking (cart completion and stock reservations lock through
 * it) and the Caching Module (behind the `caching` feature flag). Without it Medusa's in-process
 * defaults stay, so `npm start` needs no Redis. REDIS_PREFIX (default "seleno") starts every key
 * these modules write, except the workflow engine's transaction keys (`dtrx:…`), which it does not
 * let us prefix; tests use a per-run prefix so a rerun never sees an earlier run's keys.
 */
const redisUrl = process.env.REDIS_URL
function redisModules() {
  if (!redisUrl) return []
  const prefix = process.env.REDIS_PREFIX || "seleno"
  // BullMQ queues (event bus, workflow engine) take the prefix through their queue/worker options.
  const bull = { queueOptions: { prefix: `${prefix}:bull` }, workerOptions: { prefix: `${prefix}:bull` } }
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl, ...bull } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl, ...bull } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl, namespace: `${prefix}:lock:` } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          // The same provider as @medusajs/caching-redis, through @medusajs/medusa, our declared dependency.
          { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl, prefix: `${prefix}:cache:` } },
        ],
      },
    },
  ]
}

/**
 * Without Redis the Caching Module still runs, on Medusa's in-memory provider: everything is one
 * process then (npm start, tests), so the subscriber that clears the store API's cached answers
 * (src/api/middlewares/store-response-cache.ts) clears the same memory the API reads. The module
 * does not turn on Medusa's own caching: that follows the `caching` feature flag (Redis only, below).
 */
function inMemoryCaching() {
  if (redisUrl) return []
  return [{ resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true, maxSize: 128 * 1024 * 1024 } } }]
}

/**
 * Payments: Medusa's system provider (pp_system_default) always, so a store without Stripe keys
 * still sells; cards, Alipay and WeChat Pay through Stripe when STRIPE_API_KEY and
 * STRIPE_WEBHOOK_SECRET are both set.
 */
function paymentProviders() {
  const stripe = stripeOptionsFromEnv()
  return stripe ? [{ resolve: "./src/modules/stripe-payments", id: STRIPE_REGISTRATION_ID, options: stripe }] : []
}

/**
 * Notification providers. E-mail: our SMTP provider (nodemailer) when SMTP_HOST is set (SMTP_PORT,
 * SMTP_USER, SMTP_PASSWORD, SMTP_SECURE, MAIL_FROM); otherwise, in the local demo only, Medusa's local
 * provider, which writes each whole notification (reset links included) to the log — a deployment
 * must configure e-mail (the boot refusal above). SMS (channel `sms`, mainland gateways such as Aliyun
 * or Tencent fronted by an HTTP service) only when SMS_GATEWAY_URL is set; see src/lib/sms.ts.
 */
function notificationProviders() {
  const providers: { resolve: string; id: string; options: Record<string, unknown> }[] = []
  const smtp = smtpOptionsFromEnv()
  if (smtp) providers.push({ resolve: "./src/modules/smtp-notification", id: "smtp", options: { ...smtp, channels: ["email"] } })
  else if (!deployment) providers.push({ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } })
  const sms = smsGatewayFromEnv()
  if (sms) providers.push({ resolve: "./src/modules/sms-notification", id: "sms-gateway", options: { ...sms, channels: ["sms"] } })
  return providers
}

/**
 * Files: S3-compatible storage (AWS S3, OSS, COS, MinIO) through Medusa's file-s3 provider, with
 * private objects kept apart (src/modules/s3-file), when S3_BUCKET is set; the local disk otherwise.
 * Every server of a cluster must use S3: a file on one machine's disk is not on the others'.
 */
function fileProvider() {
  const s3 = s3OptionsFromEnv()
  if (s3) return { resolve: "./src/modules/s3-file", id: "s3", options: s3 }
  // Public files live outside Medusa's bare express.static folder (`static/`), so that GET /static/:key
  // (src/api/static) serves them with nosniff, a sandbox CSP and the type of their checked extension;
  // private ones (licences, test reports, invoices) live in a folder nothing serves, and reach allowed
  // actors only through backend routes.
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: {
      backend_url: `${backendUrl}/static`,
      upload_dir: process.env.SELENO_PUBLIC_FILES_DIR || path.join(process.cwd(), "public-files"),
      private_upload_dir: process.env.SELENO_PRIVATE_FILES_DIR || path.join(process.cwd(), "private-files"),
    },
  }
}

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
// Also read by src/lib/public-file-base.ts (campaign images must come from this file store).
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // Production marks the admin session cookie Secure, which express-session never sends over
    // plain HTTP, so `npm start` on http://localhost could not log in. Secure follows the URL.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    http: {
      // The local defaults (Vite's admin dev server on :5173 included) never reach a deployment:
      // there the three lists are required and may not name this machine.
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || `${backendUrl},http://localhost:5173`,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl},http://localhost:5173`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    // Unset: the admin calls the server that serves it (same origin), so one build works on any
    // port (npm start on 9000, the e2e suite on its own). Set it when the admin is hosted apart.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  featureFlags: {
    translation: true,
    caching: !!redisUrl,
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    // On a first start the seed's events cannot be indexed yet (they log "no active version"); the
    // index is filled from the seeded data when the server first boots.
    { resolve: "@medusajs/medusa/search", options: { providers: [searchProvider()] } },
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders() } },
    // Stripe event ids already accepted at the webhook route (each event is processed once).
    { resolve: "./src/modules/stripe-webhook-events" },
    { resolve: "./src/modules/brand" },
    { resolve: "./src/modules/enterprise" },
    { resolve: "./src/modules/certification" },
    { resolve: "./src/modules/marketing" },
    // Whether each product is perishable (鲜活易腐); its temperature class is its shipping profile.
    { resolve: "./src/modules/product-handling" },
    // Enterprises' low-stock thresholds per variant (one notice per crossing).
    { resolve: "./src/modules/stock-alert" },
    {
      resolve: "./src/modules/traceability",
      // Counterfeit signals: a serial scanned this often, or from this many networks, is suspicious
      // (staff confirm before the public sees a warning); scans counted per network per hour are capped.
      options: {
        suspectAfterScans: Number(process.env.TRACE_SUSPECT_AFTER_SCANS || 50),
        suspectAfterNetworks: Number(process.env.TRACE_SUSPECT_AFTER_NETWORKS || 5),
        networkScansPerHour: Number(process.env.TRACE_SCANS_PER_NETWORK_PER_HOUR || 30),
      },
    },
    // 结算: ledger of captured/refunded money per enterprise part, and closed statements.
    { resolve: "./src/modules/settlement" },
    {
      resolve: "./src/modules/report-case",
      // 举报: how many reports one network (/24 or /64) may file per hour.
      options: { perNetworkPerHour: Number(process.env.REPORTS_PER_NETWORK_PER_HOUR || 5) },
    },
    // 发票: each enterprise's invoice for its part of an order.
    { resolve: "./src/modules/invoice" },
    // 售后: return and quality-claim requests per enterprise part, and part deliveries.
    { resolve: "./src/modules/after-sales" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [fileProvider()],
      },
    },
    {
      // Order confirmations, shipments and password resets go through here.
      resolve: "@medusajs/medusa/notification",
      options: { providers: notificationProviders() },
    },
    ...redisModules(),
    ...inMemoryCaching(),
  ],
})
