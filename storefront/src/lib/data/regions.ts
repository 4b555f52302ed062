import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "./medusa"

let cached: { region: HttpTypes.StoreRegion; at: number } | undefined
const TTL_MS = 60_000

/** The store's one region (中国大陆, CNY). Cached for a minute; it changes only when the backend is reseeded. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.region
  const { regions } = await sdk().store.region.list({ limit: 20 })
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  if (!region) throw new Error("The backend has no region")
  cached = { region, at: Date.now() }
  return region
}
