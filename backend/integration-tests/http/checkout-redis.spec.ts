import { Modules } from "@medusajs/framework/utils"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { scanKeys, suiteRedisClient, useRedis } from "../utils/redis"
import { eventually } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_checkout_redis"
// Before the suite boots the app: this suite's app runs Medusa's Redis modules, under a key prefix
// of its own for this run.
const run = useRedis("checkout-redis")

if (!run) {
  it.skip("needs Redis: set REDIS_URL", () => undefined)
} else {
  const { prefix } = run
  const redis = suiteRedisClient(run)

  seededSuite(DB_NAME, ({ api, getContainer, store }) => {
    it("runs the event bus, workflow engine, locking and caching modules on Redis: their keys appear there", async () => {
      const container = getContainer()
      // The Redis event bus is the one loaded, not the in-process default.
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")

      // A whole checkout: events (cart, order.placed), workflows, locks (cart, inventory) and the
      // cached lookups of the cart flows (regions, variants, shipping options …).
      const region = await regionId(api, store)
      const tea = await seededVariantId(api, store, "ziyang-maojian-green-tea")
      const cartId = await readyCart(api, store, { regionId: region, items: [{ variant_id: tea, quantity: 1 }] })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")

      // order.placed went through the Redis queue to the confirmation subscriber.
      await eventually(async () => {
        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "order-confirmation" })
        return sent.find((n) => n.resource_id === data.order.id)
      })

      const keys = await scanKeys(redis, `${prefix}:*`)
      const events = keys.filter((k) => k.startsWith(`${prefix}:bull:events-queue:`))
      const workflows = keys.filter((k) => k.startsWith(`${prefix}:bull:medusa-workflows`))
      const cache = keys.filter((k) => k.startsWith(`${prefix}:cache:`))
      process.stdout.write(`Redis keys under ${prefix}: ${keys.length} (events ${events.length}, workflow queues ${workflows.length}, cache ${cache.length})\n`)
      expect(events.length).toBeGreaterThan(0)
      expect(workflows.length).toBeGreaterThan(0)
      expect(cache.length).toBeGreaterThan(0)

      // Locks live only while held: hold one through Medusa's locking module and find it in Redis.
      const locking = container.resolve(Modules.LOCKING)
      const lockKey = `probe-${Date.now()}`
      await locking.execute(lockKey, async () => {
        expect(await scanKeys(redis, `${prefix}:lock:*${lockKey}*`)).toHaveLength(1)
      })
      expect(await scanKeys(redis, `${prefix}:lock:*${lockKey}*`)).toHaveLength(0)
    })
  })
}
