import Redis from "ioredis"

export interface RedisRun {
  url: string
  /** Starts every key the app's Redis modules write in this run (see medusa-config.ts). */
  prefix: string
}

/**
 * Opts this suite in to Redis: the app it boots runs Medusa's Redis event bus, workflow engine,
 * locking and caching modules (jest's setup file moved REDIS_URL aside for every suite; this puts it
 * back for this one). Keys get a prefix of their own per run, so a rerun never sees old keys.
 *
 * Must be called at the top of the spec file, before the suite boots the app. Without a Redis URL
 * it prints `SKIPPED: REDIS_URL unset` (through stdout: jest drops console output of suites whose
 * tests were all skipped) and returns undefined; on CI (CI=true) a missing Redis fails the suite
 * instead, so a green CI run always means the Redis suites ran.
 */
export function useRedis(suite: string): RedisRun | undefined {
  const url = process.env.SELENO_TEST_REDIS_URL ?? process.env.REDIS_URL
  if (!url) {
    if (process.env.CI === "true") throw new Error(`${suite}: REDIS_URL is unset on CI, where Redis suites must run`)
    process.stdout.write(`SKIPPED: REDIS_URL unset (${suite})\n`)
    return undefined
  }
  const prefix = `seleno-it:${suite}:${Date.now().toString(36)}-${process.pid}`
  process.env.REDIS_URL = url
  process.env.REDIS_PREFIX = prefix
  return { url, prefix }
}

/** Every key that matches `pattern`, by SCAN (never KEYS, which blocks a shared server). */
export async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = []
  let cursor = "0"
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000)
    keys.push(...batch)
    cursor = next
  } while (cursor !== "0")
  return keys
}

/** Removes this run's keys, so test runs do not fill the shared Redis. */
export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  const keys = await scanKeys(redis, pattern)
  for (let i = 0; i < keys.length; i += 500) await redis.unlink(...keys.slice(i, i + 500))
  return keys.length
}

/**
 * A client for this suite's own look at Redis, connected before its tests and, after them, used to
 * remove every key of the run and then closed. Call inside the suite, after `useRedis`.
 */
export function suiteRedisClient(run: RedisRun): Redis {
  const redis = new Redis(run.url, { lazyConnect: true, maxRetriesPerRequest: 2 })
  beforeAll(() => redis.connect())
  afterAll(async () => {
    await deleteKeys(redis, `${run.prefix}:*`)
    redis.disconnect()
  })
  return redis
}
