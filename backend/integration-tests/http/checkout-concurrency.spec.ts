import Redis from "ioredis"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { seedStore } from "../../src/seed/seed-store"
import { concurrently, readyCart, regionId, seededVariantId, settle } from "../utils/checkout"
import { deleteKeys, useRedis } from "../utils/redis"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_checkout_concurrency"
const STOCK = 5
const SHOPPERS = 100
const SAME_CART_COMPLETES = 20

// On Redis when there is one (CI), so the cart and inventory locks are Medusa's Redis locks as in
// production; in-process otherwise. The race is the same; the suite never skips.
const redis = process.env.SELENO_TEST_REDIS_URL ? useRedis("checkout-concurrency") : undefined
process.stdout.write(`checkout-concurrency: ${redis ? `on Redis (${redis.prefix})` : "in-process (no REDIS_URL)"}\n`)
if (redis) {
  afterAll(async () => {
    const client = new Redis(redis.url)
    await deleteKeys(client, `${redis.prefix}:*`)
    client.disconnect()
  })
}

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  /** A fresh product with one variant and STOCK units at the seeded warehouse. */
  async function scarceVariant(): Promise<{ variantId: string; inventoryItemId: string; locationId: string }> {
    const container = getContainer()
    const setup = await seedStore(container)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "限量富硒古茶",
            handle: `limited-tea-${Date.now()}`,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: setup.shippingProfileId,
            sales_channels: [{ id: setup.salesChannelId }],
            options: [{ title: "规格", values: ["50克"] }],
            variants: [
              {
                title: "50克",
                sku: `LIMITED-TEA-${Date.now()}`,
                manage_inventory: true,
                options: { 规格: "50克" },
                prices: [{ currency_code: "cny", amount: 388 }],
              },
            ],
          },
        ],
      },
    })
    const variantId = result[0]!.variants[0]!.id
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
    const inventoryItemId: string = data[0].inventory_items[0].inventory_item_id
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: setup.stockLocationId, stocked_quantity: STOCK }] },
    })
    return { variantId, inventoryItemId, locationId: setup.stockLocationId }
  }

  it(`${SAME_CART_COMPLETES} concurrent completes of one cart make exactly one order, and every caller gets it or a clear refusal`, async () => {
    const region = await regionId(api, store)
    const tea = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: region, items: [{ variant_id: tea, quantity: 1 }] })

    const answers = await concurrently(Array.from({ length: SAME_CART_COMPLETES }), () => settle(api.post(`/store/carts/${cartId}/complete`, {}, store)))

    const orders = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
    expect(orders).toHaveLength(1)
    const orderId = orders[0]!.id
    for (const answer of answers) {
      if (answer.status === 200) {
        expect(answer.data).toMatchObject({ type: "order", order: { id: orderId } })
      } else {
        expect(answer.status).toBe(409)
        expect(answer.data.message).toMatch(/already/i)
      }
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1)
    // One reservation for the one line, not one per request.
    const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({})
    expect(reservations).toHaveLength(1)
  })

  it(`${SHOPPERS} shoppers checking out an item with stock ${STOCK} make exactly ${STOCK} orders; the others are told it sold out`, async () => {
    const { variantId, inventoryItemId, locationId } = await scarceVariant()
    const region = await regionId(api, store)
    // Everyone puts one in the cart while it is still in stock, then they all pay at once.
    const prepared = Date.now()
    const items = [{ variant_id: variantId, quantity: 1 }]
    const first = await readyCart(api, store, { regionId: region, email: "shopper0@example.com", items })
    const { data: firstCart } = await api.get(`/store/carts/${first}?fields=shipping_methods.shipping_option_id`, store)
    const shippingOptionId: string = firstCart.cart.shipping_methods[0].shipping_option_id
    const carts = [
      first,
      ...(await concurrently(
        Array.from({ length: SHOPPERS - 1 }),
        (_, i) => readyCart(api, store, { regionId: region, email: `shopper${i + 1}@example.com`, items, shippingOptionId }),
        4
      )),
    ]

    process.stdout.write(`${SHOPPERS} carts ready in ${Date.now() - prepared} ms\n`)
    const started = Date.now()
    const answers = await concurrently(carts, (cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store)))
    const elapsed = Date.now() - started

    const won = answers.filter((a) => a.status === 200 && a.data.type === "order")
    const lost = answers.filter((a) => !(a.status === 200 && a.data.type === "order"))
    const statuses = lost.reduce<Record<string, number>>((acc, a) => {
      const key = `${a.status} ${String(a.data?.message).replace(/\(.*\)/, "(…)")}`
      return { ...acc, [key]: (acc[key] ?? 0) + 1 }
    }, {})
    process.stdout.write(`${SHOPPERS} concurrent completes in ${elapsed} ms: ${won.length} orders, refusals by status ${JSON.stringify(statuses)}\n`)

    expect(won).toHaveLength(STOCK)
    for (const answer of lost) {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.data.message).toMatch(/sold out|only \d+ left/i)
    }

    const container = getContainer()
    const orders = await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
    expect(orders).toHaveLength(STOCK)

    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
    expect(level).toMatchObject({ stocked_quantity: STOCK, reserved_quantity: STOCK })
    expect(Number(level!.available_quantity)).toBe(0)
    // Exactly one reservation per order: the failed checkouts' reservations were released.
    const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
    expect(reservations).toHaveLength(STOCK)
    const orderLineIds = new Set(won.flatMap((a) => a.data.order.items.map((item: { id: string }) => item.id)))
    expect(new Set(reservations.map((r) => r.line_item_id))).toEqual(orderLineIds)

    // The losers' carts stay open (not completed), so a shopper can change them and try again.
    const { data } = await api.get(`/store/carts/${carts[answers.indexOf(lost[0]!)]}`, store)
    expect(data.cart.completed_at).toBeNull()
  }, 300_000)
})
