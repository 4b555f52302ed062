// The storefront's front door, as a child process for integration tests: the storefront's own
// request listener (storefront/server/forwarded-for.mjs, which settles the visitor's address with
// its TRUSTED_PROXIES) in front of a handler that calls the backend the way the storefront's
// server actions do: the body as sent, and the settled X-Forwarded-For as the visitor's address.
// Prints the port it listens on. BACKEND_URL names the backend.
import { createServer } from "node:http"
import { createRequestListener } from "../../../storefront/server/forwarded-for.mjs"

const backend = process.env.BACKEND_URL

const forward = async (req, res) => {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const visitor = req.headers["x-forwarded-for"]
  const answer = await fetch(`${backend}${req.url}`, {
    method: req.method,
    headers: { "content-type": "application/json", ...(visitor ? { "x-forwarded-for": visitor } : {}) },
    body: req.method === "GET" ? undefined : Buffer.concat(chunks),
  })
  const retryAfter = answer.headers.get("retry-after")
  res.writeHead(answer.status, { "content-type": "application/json", ...(retryAfter ? { "retry-after": retryAfter } : {}) })
  res.end(await answer.text())
}

const server = createServer(createRequestListener(forward))
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`))
