import "server-only"
import { cookies } from "next/headers"

export const CART_COOKIE = "_seleno_cart"
export const JWT_COOKIE = "_seleno_jwt"

const BASE = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, { ...BASE, maxAge: 60 * 60 * 24 * 30 })
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(JWT_COOKIE)?.value || undefined
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(JWT_COOKIE, token, { ...BASE, maxAge: 60 * 60 * 24 * 7 })
}

export async function clearAuthToken(): Promise<void> {
  ;(await cookies()).delete(JWT_COOKIE)
}
