import type { SeededSuite } from "./suite"

type Api = SeededSuite["api"]
export type Headers = { headers: Record<string, string> }

/** A registered, signed-in shopper: store headers (publishable key) plus their bearer token. */
export async function signedInCustomer(api: Api, store: Headers, email: string, password = "shopper-pass-1"): Promise<Headers & { customerId: string }> {
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: "伟", last_name: "张" },
    { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers, authorization: `Bearer ${login.token}` }, customerId: created.customer.id }
}
