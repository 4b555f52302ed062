const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Redis stays out of the suites that do not ask for it: a CI machine exports REDIS_URL, but most
// suites are faster and isolated from each other on Medusa's in-process event bus, workflow engine,
// locking and cache. Jest runs this file in every suite's own sandbox, whose process.env is a copy,
// so moving the URL aside here changes nothing for the other suites; a Redis suite takes it back
// with useRedis() (utils/redis.ts) before the app boots.
if (process.env.REDIS_URL) {
  process.env.SELENO_TEST_REDIS_URL ??= process.env.REDIS_URL
  delete process.env.REDIS_URL
}

// The store API's response cache (src/api/middlewares/store-response-cache.ts) is off in the suites
// that change data through module services and read the store at once: those changes reach the
// cache through events, a moment later (HTTP writes to /admin and /enterprise clear it before they
// answer). store-response-cache.spec.ts turns it on and tests it; Playwright runs with it on.
process.env.STORE_RESPONSE_CACHE ??= "off"
