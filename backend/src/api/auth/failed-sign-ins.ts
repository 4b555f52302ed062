import Redis from "ioredis"

/**
 * Failed sign-ins per key (an account or an address) within a sliding window. With REDIS_URL the
 * log is shared by every server process (as the lock and cache modules are); without it, it lives
 * in this process, which is all one `npm start` has.
 */
export interface FailedSignIns {
  /** How many failures `key` has in the window ending now, and when the oldest of them was. */
  recent(key: string, now: number, windowMs: number): Promise<{ count: number; oldestAt: number | null }>
  record(key: string, now: number, windowMs: number): Promise<void>
  clear(key: string): Promise<void>
}

export class InMemoryFailedSignIns implements FailedSignIns {
  private readonly failures = new Map<string, number[]>()

  async recent(key: string, now: number, windowMs: number) {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - windowMs)
    if (kept.length) this.failures.set(key, kept)
    else this.failures.delete(key)
    return { count: kept.length, oldestAt: kept[0] ?? null }
  }

  async record(key: string, now: number) {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now])
  }

  async clear(key: string) {
    this.failures.delete(key)
  }
}

/** One sorted set per key, scored by time; old failures are trimmed on every read. */
export class RedisFailedSignIns implements FailedSignIns {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string
  ) {}

  async recent(key: string, now: number, windowMs: number) {
    const k = this.key(key)
    const [, count, oldest] = (await this.redis
      .multi()
      .zremrangebyscore(k, 0, now - windowMs)
      .zcard(k)
      .zrange(k, 0, 0, "WITHSCORES")
      .exec())!.map(([error, value]) => {
      if (error) throw error
      return value
    }) as [unknown, number, string[]]
    return { count, oldestAt: oldest.length ? Number(oldest[1]) : null }
  }

  async record(key: string, now: number, windowMs: number) {
    const k = this.key(key)
    await this.redis.multi().zadd(k, now, `${now}:${Math.random().toString(36).slice(2)}`).pexpire(k, windowMs).exec()
  }

  async clear(key: string) {
    await this.redis.del(this.key(key))
  }

  private key(key: string): string {
    return `${this.prefix}:sign-in-failures:${key}`
  }
}

let shared: FailedSignIns | undefined

export function failedSignIns(): FailedSignIns {
  if (!shared) {
    const url = process.env.REDIS_URL
    shared = url ? new RedisFailedSignIns(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 }), process.env.REDIS_PREFIX || "seleno") : new InMemoryFailedSignIns()
  }
  return shared
}
