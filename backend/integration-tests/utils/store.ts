import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { adminCredentials } from "../../src/seed/seed-admin"
import { STORE_NAMES } from "../../src/seed/seed-store"

type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
  post: (url: string, body?: object, config?: object) => Promise<{ status: number; data: any }>
}

/** Runs the real seed script and returns the storefront's publishable-key headers. */
export async function seedAndGetStoreHeaders(container: MedusaContainer): Promise<{ headers: Record<string, string> }> {
  await seed({ container, args: [] })
  const [key] = await container.resolve("api_key").listApiKeys({ title: STORE_NAMES.publishableKey })
  return { headers: { "x-publishable-api-key": key!.token } }
}

/**
 * The Search Module fills its index in the background after the server boots; a suite cloned
 * from the seeded template must not query it before it is active.
 */
export async function waitForSearchIndex(container: MedusaContainer, timeoutMs = 90000): Promise<void> {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await search.search({ entity: "product", pagination: { skip: 0, take: 1 } })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

export async function adminHeaders(api: Api): Promise<{ headers: Record<string, string> }> {
  const { data } = await api.post("/auth/user/emailpass", adminCredentials())
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Axios throws on 4xx; tests want the response to assert on. */
export async function expectFailure(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (error: any) {
    if (error.response) return error.response
    throw error
  }
  throw new Error("expected the request to fail, it succeeded")
}

/** Polls until `probe` returns a value, for effects that subscribers produce asynchronously. */
export async function eventually<T>(probe: () => Promise<T | undefined | null>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error("condition not met in time")
    await new Promise((r) => setTimeout(r, 200))
  }
}

export const ANKANG_ADDRESS = {
  first_name: "张伟",
  last_name: "",
  phone: "13800138000",
  country_code: "cn",
  province: "陕西省",
  city: "安康市",
  address_2: "汉滨区",
  address_1: "兴安路 88 号 3 单元 501",
  postal_code: "725000",
}
