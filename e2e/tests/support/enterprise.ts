import type { Page } from "@playwright/test"
import { E2E_BACKEND_URL as BACKEND } from "../../ports.mjs"
// Enterprise test data: codes that pass the platform's checks, and an application made through the API.

/** A GTIN-13 with a valid check digit no other run used (the platform refuses a barcode twice). */
export function gtin(): string {
  const digits = `697${String(Date.now()).slice(-9)}`
  const sum = [...digits].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0)
  return digits + ((10 - (sum % 10)) % 10)
}

/** A valid unified social credit code (GB 32100-2015) in Ankang's 汉阴县 (610921), random otherwise. */
export function creditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  let stem = "91610921"
  while (stem.length < 17) stem += alphabet[Math.floor(Math.random() * alphabet.length)]
  const sum = [...stem].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i]!, 0)
  return stem + alphabet[(31 - (sum % 31)) % 31]
}

/** A JSON call to the backend, with a Bearer token when given; throws on a non-2xx answer. */
export async function backendApi<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${BACKEND}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${path} → ${response.status}: ${JSON.stringify(body)}`)
  return body as T
}

/** Registers a portal login and applies through the API; answers the (pending) enterprise's id. */
export async function applyByApi(email: string, name: string, password: string): Promise<string> {
  const { token } = await backendApi<{ token: string }>("/auth/enterprise/emailpass/register", { body: { email, password } })
  const { enterprise } = await backendApi<{ enterprise: { id: string } }>("/enterprise-applications", {
    token,
    body: { name, credit_code: creditCode(), kind: "company", county: "hanyin", contact_name: "李娜", contact_phone: "0915-5211234" },
  })
  return enterprise.id
}

/** Signs in on the Chinese portal's login page. */
export async function portalSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/zh-CN/portal/login")
  await page.getByLabel("登录邮箱").fill(email)
  await page.getByLabel("密码").fill(password)
  await page.getByRole("button", { name: "登录", exact: true }).click()
}
