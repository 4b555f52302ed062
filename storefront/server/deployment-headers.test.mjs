import { once } from "node:events"
import { createServer, request } from "node:http"
import deploymentRules from "@seleno/domain/dist/deployment/rules.js"
import { afterEach, describe, expect, it } from "vitest"
import { createRequestListener, parseTrustedProxies } from "./forwarded-for.mjs"

const servers = []
afterEach(() => servers.splice(0).forEach((s) => s.close()))

/** The storefront's real request listener with the headers server.mjs computes for `env`. */
async function headersFor(env) {
  const server = createServer(createRequestListener((req, res) => res.end("ok"), parseTrustedProxies(""), deploymentRules.deploymentHeaders(env)))
  servers.push(server)
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port: server.address().port, path: "/zh-CN" }, (res) => {
      res.resume()
      res.on("end", () => resolve(res.headers))
    })
      .on("error", reject)
      .end()
  })
}

describe("storefront transport headers", () => {
  it("sends HSTS in the deployment mode", async () => {
    expect((await headersFor({ SELENO_ENV: "production" }))["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
  })
  it("sends no HSTS in the local demo (plain http)", async () => {
    expect((await headersFor({ NODE_ENV: "production" }))["strict-transport-security"]).toBeUndefined()
  })
})
