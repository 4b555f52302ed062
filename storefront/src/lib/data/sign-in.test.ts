import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

vi.mock("server-only", () => ({}))

// A stand-in backend on loopback that records what the storefront sends and answers like Medusa's
// throttled auth routes.
const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = []
let server: Server

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      seen.push({ url: req.url ?? "", headers: req.headers, body })
      const { password } = JSON.parse(body) as { password?: string }
      if (req.url?.endsWith("/reset-password")) {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "3600" }).end('{"type":"too_many_requests"}')
      } else if (password === "right") res.writeHead(200, { "content-type": "application/json" }).end('{"token":"jwt"}')
      else res.writeHead(429, { "content-type": "application/json", "retry-after": "840" }).end('{"type":"too_many_requests"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("sign-in calls to the backend", () => {
  it("name the visitor's settled address in X-Forwarded-For and answer the token", async () => {
    const { signInWithPassword } = await import("./sign-in")
    expect(await signInWithPassword("customer", "a@example.com", "right", "203.0.113.7")).toEqual({ ok: true, token: "jwt" })
    expect(seen.at(-1)).toMatchObject({ url: "/auth/customer/emailpass", headers: { "x-forwarded-for": "203.0.113.7" } })
  })

  it("pass a 429's Retry-After on, for sign-in and reset requests alike", async () => {
    const { requestPasswordReset, signInWithPassword } = await import("./sign-in")
    expect(await signInWithPassword("enterprise", "a@example.com", "wrong", "203.0.113.7")).toEqual({ ok: false, status: 429, retryAfter: "840" })
    expect(seen.at(-1)?.url).toBe("/auth/enterprise/emailpass")
    expect(await requestPasswordReset("customer", "a@example.com", { locale: "zh-CN" }, "203.0.113.8")).toEqual({ ok: false, status: 429, retryAfter: "3600" })
    expect(seen.at(-1)).toMatchObject({ url: "/auth/customer/emailpass/reset-password", headers: { "x-forwarded-for": "203.0.113.8" } })
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ identifier: "a@example.com", metadata: { locale: "zh-CN" } })
  })

  it("send no X-Forwarded-For when the storefront settled no address", async () => {
    const { signInWithPassword } = await import("./sign-in")
    await signInWithPassword("customer", "a@example.com", "right")
    expect(seen.at(-1)?.headers["x-forwarded-for"]).toBeUndefined()
  })
})
