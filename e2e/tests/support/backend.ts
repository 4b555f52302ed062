import { expect } from "@playwright/test"
import { E2E_BACKEND_URL as BACKEND } from "../../ports.mjs"
// Talks to the backend's admin API so each test can create the data it needs.
const ADMIN = { email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" }

async function call<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(`${BACKEND}${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.headers ?? {}),
    },
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body)}`)
  return body as T
}

export async function adminToken(): Promise<string> {
  const { token } = await call<{ token: string }>("/auth/user/emailpass", { method: "POST", body: JSON.stringify(ADMIN) })
  return token
}

export async function adminGet<T>(path: string): Promise<T> {
  return call<T>(path, { token: await adminToken() })
}

export async function adminPost<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: "POST", token: await adminToken(), body: JSON.stringify(body) })
}

/** A published product with one variant and `stock` units in the store's warehouse. */
export async function createStockedProduct(opts: { title: string; handle: string; price: number; stock: number }): Promise<{ id: string; handle: string }> {
  const token = await adminToken()
  const { sales_channels } = await call<{ sales_channels: { id: string }[] }>("/admin/sales-channels?name=Seleno%20网上商城", { token })
  // The platform's own warehouse and default profile: enterprises have stock locations and parcels of their own.
  const { stock_locations } = await call<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations?limit=100", { token })
  const { shipping_profiles } = await call<{ shipping_profiles: { id: string; type: string }[] }>("/admin/shipping-profiles?limit=100", { token })
  const warehouse = stock_locations.find((l) => l.name === "安康富硒产品仓") ?? stock_locations[0]!
  const profile = shipping_profiles.find((p) => p.type === "default") ?? shipping_profiles[0]!
  const { product } = await call<{ product: { id: string; handle: string; variants: { id: string }[] } }>("/admin/products", {
    method: "POST",
    token,
    body: JSON.stringify({
      title: opts.title,
      handle: opts.handle,
      status: "published",
      shipping_profile_id: profile.id,
      sales_channels: [{ id: sales_channels[0]!.id }],
      options: [{ title: "规格", values: ["标准装"] }],
      variants: [{ title: "标准装", manage_inventory: true, options: { 规格: "标准装" }, prices: [{ currency_code: "cny", amount: opts.price }] }],
    }),
  })
  const { variant } = await call<{ variant: { inventory_items: { inventory_item_id: string }[] } }>(
    `/admin/products/${product.id}/variants/${product.variants[0]!.id}?fields=inventory_items.inventory_item_id`,
    { token }
  )
  const inventoryItemId = variant.inventory_items[0]!.inventory_item_id
  await call(`/admin/inventory-items/${inventoryItemId}/location-levels`, {
    method: "POST",
    token,
    body: JSON.stringify({ location_id: warehouse.id, stocked_quantity: opts.stock }),
  })
  return { id: product.id, handle: product.handle }
}

/** A unique suffix so tests running side by side never share data. */
export const unique = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

type Notification = { to: string; template: string; data: { url?: string } }

/** The link the password-reset notification to `email` carried (the local provider only logs it). */
export async function passwordResetLink(email: string): Promise<string> {
  let url: string | undefined
  await expect
    .poll(async () => {
      const { notifications } = await adminGet<{ notifications: Notification[] }>("/admin/notifications?limit=100&fields=to,template,data")
      url = notifications.find((n) => n.to === email && n.template === "password-reset")?.data.url
      return url
    })
    .toBeTruthy()
  return url!
}
