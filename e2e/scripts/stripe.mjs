// Runs the backend's Stripe test double (backend/integration-tests/stripe-test-server, TypeScript)
// for the end-to-end suite, plus a small control endpoint the browser tests call to play Stripe:
//
//   POST http://127.0.0.1:<control>/succeed {"payment_intent":"pi_…","provider":"stripe-alipay_stripe"}
//     → the intent succeeds and the signed payment_intent.succeeded webhook goes to the backend.
//   GET  http://127.0.0.1:<control>/refunds?payment_intent=pi_…
//     → the refunds Stripe recorded for that intent (amounts in fen), so a test sees money go back.
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { build } from "esbuild"

export const STRIPE_E2E = {
  apiKey: "sk_test_e2e",
  webhookSecret: "whsec_e2e_secret",
  publishableKey: "pk_test_e2e",
}

/** Compiles the test server into .data/e2e (inside the repo, so `stripe` resolves) and starts it. */
export async function startStripe({ root, backendUrl, controlPort }) {
  const outfile = path.join(root, ".data", "e2e", "stripe-test-server.mjs")
  fs.mkdirSync(path.dirname(outfile), { recursive: true })
  await build({
    entryPoints: [path.join(root, "backend/integration-tests/stripe-test-server/index.ts")],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  })
  const { startStripeTestServer } = await import(`${outfile}?t=${Date.now()}`)
  const stripe = await startStripeTestServer({ webhookSecret: STRIPE_E2E.webhookSecret })
  const control = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", async () => {
      const reply = (status, body) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(body))
      }
      try {
        const url = new URL(req.url ?? "/", "http://control")
        if (req.method === "GET" && url.pathname === "/refunds") {
          const intent = url.searchParams.get("payment_intent")
          return reply(200, { refunds: stripe.refunds.filter((r) => r.payment_intent === intent) })
        }
        if (req.method !== "POST" || req.url !== "/succeed") return reply(404, { error: "not found" })
        const { payment_intent: id, provider } = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")
        if (!/^pi_test_\w+$/.test(id ?? "") || !/^stripe(-[a-z-]+)?_stripe$/.test(provider ?? "")) return reply(400, { error: "payment_intent and provider required" })
        const event = stripe.succeedPaymentIntent(id)
        const delivered = await stripe.deliverEvent(event, { url: `${backendUrl}/hooks/payment/${provider}` })
        reply(200, { event: event.id, delivered })
      } catch (error) {
        reply(500, { error: error instanceof Error ? error.message : String(error) })
      }
    })
  })
  await new Promise((resolve, reject) => {
    control.once("error", reject)
    control.listen(controlPort, "127.0.0.1", resolve)
  })
  return {
    apiHost: stripe.apiHost,
    close: async () => {
      control.close()
      await stripe.close()
    },
  }
}
