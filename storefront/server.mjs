// The storefront's server: Next.js behind a request listener that settles the visitor's address
// first (server/forwarded-for.mjs), since `next start` would keep an X-Forwarded-For the client
// wrote. `node server.mjs` serves the production build; `node server.mjs --dev` runs `next dev`.
import { createServer } from "node:http"
import { createRequestListener, parseTrustedProxies } from "./server/forwarded-for.mjs"
import { keepPagesOutOfSharedCaches } from "./server/cache-control.mjs"
import { pageSecurityHeaders } from "./server/security-headers.mjs"

const dev = process.argv.includes("--dev")
if (!dev) process.env.NODE_ENV = "production"
const port = Number(process.env.PORT || 8000)
const hostname = "localhost"
// Refuse a bad TRUSTED_PROXIES at boot rather than on the first request.
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)

const { default: next } = await import("next")
const app = next({ dev, hostname, port, dir: import.meta.dirname })
await app.prepare()
const listener = createRequestListener(app.getRequestHandler(), trusted)
// Set before Next.js answers, so every answer has them: pages, assets, 404s and errors alike.
const securityHeaders = Object.entries(pageSecurityHeaders())
const server = createServer((req, res) => {
  for (const [name, value] of securityHeaders) res.setHeader(name, value)
  keepPagesOutOfSharedCaches(res)
  listener(req, res)
})
server.listen(port, () => console.log(`> Storefront ready on http://${hostname}:${port} (${dev ? "development" : "production"})`))

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    // Keep-alive connections would hold close() open; the launcher kills the group after its grace period anyway.
    server.closeAllConnections?.()
  })
}
