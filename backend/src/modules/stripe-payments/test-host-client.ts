import path from "node:path"

/**
 * Points Medusa's Stripe client at a Stripe-compatible test server instead of api.stripe.com.
 *
 * StripeBase builds its client from the API key with the `stripe` version its own package depends
 * on (15.x, nested under @medusajs/payment-stripe; ours is 19.x). The replacement is built with
 * that same package, so tests exercise the SDK and API version production uses: only host, port
 * and protocol change. (The client's `constructor` cannot be used: the SDK replaces the prototype.)
 */
export function stripeClientForTestHost<Client>(apiKey: string, apiHost: string): Client {
  const { host, port, protocol } = parseStripeApiHost(apiHost)
  const StripeClient = stripeClassUsedByMedusa<Client>()
  return new StripeClient(apiKey, { host, port, protocol, maxNetworkRetries: 0 })
}

function stripeClassUsedByMedusa<Client>(): new (key: string, config: Record<string, unknown>) => Client {
  const packageDir = path.dirname(require.resolve("@medusajs/payment-stripe/package.json"))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time from Medusa's package
  const stripeModule = require(require.resolve("stripe", { paths: [packageDir] })) as { default?: unknown }
  return (stripeModule.default ?? stripeModule) as new (key: string, config: Record<string, unknown>) => Client
}

/** Accepts `127.0.0.1:12111` (plain HTTP assumed) or a full `http(s)://host:port` URL. */
export function parseStripeApiHost(apiHost: string): { host: string; port: number; protocol: "http" | "https" } {
  const url = new URL(apiHost.includes("://") ? apiHost : `http://${apiHost}`)
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`STRIPE_API_HOST must be http(s), got ${apiHost}`)
  const protocol = url.protocol === "https:" ? "https" : "http"
  const port = url.port ? Number(url.port) : protocol === "https" ? 443 : 80
  return { host: url.hostname, port, protocol }
}
