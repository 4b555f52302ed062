/**
 * TEST DOUBLE: a small Stripe-compatible HTTP server for tests, because these machines cannot
 * reach api.stripe.com. Runtime code under src/ must never import it.
 *
 * It answers only what our providers (Medusa's StripeBase) call: PaymentIntents (create,
 * retrieve, update, confirm, capture, cancel), refunds and events, with state in memory. The real
 * `stripe` SDK talks to it through its host/port/protocol options (STRIPE_API_HOST), and the
 * events it sends are signed with the real library's `webhooks.generateTestHeaderString`.
 *
 *   const stripe = await startStripeTestServer({ webhookSecret })
 *   process.env.STRIPE_API_HOST = stripe.apiHost
 *   const event = stripe.succeedPaymentIntent(id)   // the shopper paid in the Alipay app
 *   await stripe.deliverEvent(event, { url })       // signed POST to the webhook route
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"

export interface TestPaymentIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_confirmation" | "requires_action" | "processing" | "requires_capture" | "canceled" | "succeeded"
  capture_method: "automatic" | "manual" | "automatic_async"
  payment_method_types: string[]
  payment_method: string | null
  payment_method_options: Record<string, unknown>
  metadata: Record<string, string>
  description: string | null
  client_secret: string
  customer: string | null
  last_payment_error: null
  next_action: null | Record<string, unknown>
  latest_charge: string | null
  canceled_at: number | null
  created: number
  livemode: false
}

export interface TestRefund {
  id: string
  object: "refund"
  amount: number
  currency: string
  payment_intent: string
  status: "succeeded"
  created: number
}

export interface TestEvent {
  id: string
  object: "event"
  type: string
  api_version: string
  created: number
  livemode: false
  pending_webhooks: number
  request: { id: null; idempotency_key: null }
  data: { object: TestPaymentIntent | TestRefund }
}

export interface RecordedRequest {
  method: string
  path: string
  body: Record<string, unknown>
  idempotencyKey?: string
}

export interface DeliveryOptions {
  /** Where to POST, e.g. `${baseURL}/hooks/payment/stripe-alipay_stripe`. */
  url: string
  /** Sign with another secret (a forged event). */
  secret?: string
  /** Unix seconds to sign with (a stale event when far in the past). */
  timestamp?: number
  /** Change the body after signing (a tampered event). */
  tamper?: (payload: string) => string
}

class StripeRequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: { type: string; message: string; code?: string; param?: string; payment_intent?: TestPaymentIntent }
  ) {
    super(body.message)
  }
}

export class StripeTestServer {
  readonly paymentIntents = new Map<string, TestPaymentIntent>()
  readonly refunds: TestRefund[] = []
  readonly events = new Map<string, TestEvent>()
  readonly requests: RecordedRequest[] = []
  private readonly idempotentResponses = new Map<string, { status: number; body: unknown }>()
  private readonly signer = new Stripe("sk_test_stripe_test_server")
  private sequence = 0
  private server?: http.Server

  constructor(readonly webhookSecret: string) {}

  /** `127.0.0.1:port`, the value for STRIPE_API_HOST. */
  get apiHost(): string {
    const address = this.server?.address() as AddressInfo | undefined
    if (!address) throw new Error("the Stripe test server is not listening")
    return `127.0.0.1:${address.port}`
  }

  async listen(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve))
    return this
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  // --- what the shopper and Stripe do outside the API -------------------------------------------

  /** The shopper approved the payment in the wallet app: the intent succeeds (optionally for another amount). */
  succeedPaymentIntent(id: string, options: { amountReceived?: number } = {}): TestEvent {
    const intent = this.intent(id)
    intent.status = "succeeded"
    intent.amount_received = options.amountReceived ?? intent.amount
    intent.amount_capturable = 0
    intent.latest_charge = `ch_test_${this.next()}`
    return this.createEvent("payment_intent.succeeded", intent)
  }

  /** Someone changed the intent outside Medusa (dashboard, another integration). */
  editPaymentIntent(id: string, changes: Partial<TestPaymentIntent>): TestPaymentIntent {
    return Object.assign(this.intent(id), changes)
  }

  createEvent(type: string, object: TestPaymentIntent | TestRefund): TestEvent {
    const event: TestEvent = {
      id: `evt_test_${this.next()}`,
      object: "event",
      type,
      api_version: "2024-04-10",
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    }
    this.events.set(event.id, event)
    return event
  }

  /** The body and Stripe-Signature header Stripe would send for this event. */
  signedDelivery(event: TestEvent, options: Omit<DeliveryOptions, "url"> = {}): { payload: string; signature: string } {
    const payload = JSON.stringify(event, null, 2)
    const signature = this.signer.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? this.webhookSecret,
      timestamp: options.timestamp ?? now(),
    })
    return { payload: options.tamper ? options.tamper(payload) : payload, signature }
  }

  /** POSTs the event, signed, like Stripe's webhook delivery. */
  async deliverEvent(event: TestEvent, options: DeliveryOptions): Promise<{ status: number; body: string }> {
    const { payload, signature } = this.signedDelivery(event, options)
    const response = await fetch(options.url, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    })
    return { status: response.status, body: await response.text() }
  }

  // --- the API ----------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost")
    const method = req.method ?? "GET"
    const raw = await readBody(req)
    const body = parseStripeForm(method === "GET" ? url.searchParams.toString() : raw)
    const idempotencyKey = headerValue(req.headers["idempotency-key"])
    this.requests.push({ method, path: url.pathname, body, ...(idempotencyKey ? { idempotencyKey } : {}) })

    const replayKey = idempotencyKey && method === "POST" ? `${url.pathname}|${idempotencyKey}` : undefined
    const replay = replayKey ? this.idempotentResponses.get(replayKey) : undefined
    if (replay) return send(res, replay.status, replay.body)

    let status = 200
    let answer: unknown
    try {
      answer = this.route(method, url.pathname, body)
    } catch (error) {
      if (!(error instanceof StripeRequestError)) throw error
      status = error.statusCode
      answer = { error: error.body }
    }
    if (replayKey) this.idempotentResponses.set(replayKey, { status, body: answer })
    send(res, status, answer)
  }

  private route(method: string, path: string, body: Record<string, unknown>): unknown {
    const parts = path.split("/").filter(Boolean) // ["v1", "payment_intents", id?, action?]
    if (parts[0] !== "v1") throw notFound(path)
    const [, resource, id, action] = parts
    if (resource === "payment_intents") {
      if (method === "POST" && !id) return this.createIntent(body)
      if (method === "GET" && id && !action) return this.intent(id)
      if (method === "POST" && id && !action) return this.updateIntent(id, body)
      if (method === "POST" && id && action === "confirm") return this.confirmIntent(id, body)
      if (method === "POST" && id && action === "capture") return this.captureIntent(id, body)
      if (method === "POST" && id && action === "cancel") return this.cancelIntent(id)
    }
    if (resource === "refunds" && method === "POST" && !id) return this.createRefund(body)
    // Medusa makes a Stripe customer (its account holder) for a signed-in shopper's first payment.
    if (resource === "customers" && method === "POST" && !id) {
      return { id: `cus_test_${this.next()}`, object: "customer", email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} }
    }
    if (resource === "events" && method === "GET" && id) {
      const event = this.events.get(id)
      if (!event) throw notFound(`event ${id}`)
      return event
    }
    throw notFound(`${method} ${path}`)
  }

  private createIntent(body: Record<string, unknown>): TestPaymentIntent {
    const amount = positiveInteger(body.amount, "amount")
    if (typeof body.currency !== "string" || !/^[a-z]{3}$/.test(body.currency)) throw invalid("currency", "Missing or invalid currency")
    const id = `pi_test_${this.next()}`
    const intent: TestPaymentIntent = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: body.currency,
      status: "requires_payment_method",
      capture_method: (body.capture_method as TestPaymentIntent["capture_method"]) ?? "automatic_async",
      payment_method_types: (body.payment_method_types as string[] | undefined) ?? ["card"],
      payment_method: (body.payment_method as string | undefined) ?? null,
      payment_method_options: (body.payment_method_options as Record<string, unknown> | undefined) ?? {},
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      description: (body.description as string | undefined) ?? null,
      client_secret: `${id}_secret_test`,
      customer: (body.customer as string | undefined) ?? null,
      last_payment_error: null,
      next_action: null,
      latest_charge: null,
      canceled_at: null,
      created: now(),
      livemode: false,
    }
    this.paymentIntents.set(id, intent)
    this.createEvent("payment_intent.created", intent)
    return body.confirm === "true" ? this.confirmIntent(id, body) : intent
  }

  private updateIntent(id: string, body: Record<string, unknown>): TestPaymentIntent {
    const intent = this.intent(id)
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, "update")
    }
    if (body.amount !== undefined) intent.amount = positiveInteger(body.amount, "amount")
    if (body.metadata) intent.metadata = { ...intent.metadata, ...(body.metadata as Record<string, string>) }
    if (typeof body.description === "string") intent.description = body.description
    return intent
  }

  /** Wallets (alipay, wechat_pay) wait for the shopper (requires_action); a card with a method pays at once. */
  private confirmIntent(id: string, body: Record<string, unknown>): TestPaymentIntent {
    const intent = this.intent(id)
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, "confirm")
    }
    if (typeof body.payment_method === "string") intent.payment_method = body.payment_method
    const walletOnly = intent.payment_method_types.every((type) => type === "alipay" || type === "wechat_pay")
    if (walletOnly || !intent.payment_method) {
      intent.status = "requires_action"
      intent.next_action = { type: "redirect_to_url", redirect_to_url: { url: `https://stripe.test/redirect/${id}` } }
    } else if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  private captureIntent(id: string, body: Record<string, unknown>): TestPaymentIntent {
    const intent = this.intent(id)
    if (intent.status !== "requires_capture") throw unexpectedState(intent, "capture")
    const amount = body.amount_to_capture === undefined ? intent.amount_capturable : positiveInteger(body.amount_to_capture, "amount_to_capture")
    if (amount > intent.amount_capturable) throw invalid("amount_to_capture", "amount_to_capture is greater than the capturable amount")
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    return intent
  }

  private cancelIntent(id: string): TestPaymentIntent {
    const intent = this.intent(id)
    if (intent.status === "succeeded" || intent.status === "canceled") throw unexpectedState(intent, "cancel")
    intent.status = "canceled"
    intent.canceled_at = now()
    return intent
  }

  private createRefund(body: Record<string, unknown>): TestRefund {
    if (typeof body.payment_intent !== "string") throw invalid("payment_intent", "Missing payment_intent")
    const intent = this.intent(body.payment_intent)
    if (intent.status !== "succeeded") throw invalid("payment_intent", `PaymentIntent ${intent.id} has no successful charge to refund`)
    const refunded = this.refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
    const remaining = intent.amount_received - refunded
    if (remaining <= 0) throw new StripeRequestError(400, { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge has already been refunded." })
    const amount = body.amount === undefined ? remaining : positiveInteger(body.amount, "amount")
    if (amount > remaining) throw invalid("amount", `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`)
    const refund: TestRefund = {
      id: `re_test_${this.next()}`,
      object: "refund",
      amount,
      currency: intent.currency,
      payment_intent: intent.id,
      status: "succeeded",
      created: now(),
    }
    this.refunds.push(refund)
    return refund
  }

  private intent(id: string): TestPaymentIntent {
    const intent = this.paymentIntents.get(id)
    if (!intent) throw new StripeRequestError(404, { type: "invalid_request_error", code: "resource_missing", param: "intent", message: `No such payment_intent: '${id}'` })
    return intent
  }

  private next(): string {
    this.sequence += 1
    return String(this.sequence).padStart(6, "0")
  }
}

export async function startStripeTestServer(options: { webhookSecret: string; port?: number }): Promise<StripeTestServer> {
  return new StripeTestServer(options.webhookSecret).listen(options.port)
}

/**
 * Decodes Stripe's form encoding (`metadata[session_id]=…`, `payment_method_types[0]=alipay`,
 * `payment_method_options[wechat_pay][client]=web`) into nested objects and arrays.
 */
export function parseStripeForm(encoded: string): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.replace(/\]/g, "").split("[")
    let node: Record<string, unknown> | unknown[] = root
    path.forEach((segment, index) => {
      const last = index === path.length - 1
      const slot = Array.isArray(node) ? Number(segment) : segment
      const container = node as Record<string | number, unknown>
      if (last) {
        container[slot] = value
        return
      }
      if (container[slot] === undefined) container[slot] = /^\d+$/.test(path[index + 1]!) ? [] : {}
      node = container[slot] as Record<string, unknown> | unknown[]
    })
  }
  return root
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "request-id": `req_test_${Date.now()}` })
  res.end(JSON.stringify(body))
}

function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header
}

function positiveInteger(value: unknown, param: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw invalid(param, `Invalid positive integer: ${param}`)
  return number
}

function invalid(param: string, message: string): StripeRequestError {
  return new StripeRequestError(400, { type: "invalid_request_error", param, message })
}

function notFound(what: string): StripeRequestError {
  return new StripeRequestError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${what}) on the Stripe test server` })
}

function unexpectedState(intent: TestPaymentIntent, action: string): StripeRequestError {
  return new StripeRequestError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `You cannot ${action} this PaymentIntent because it has a status of ${intent.status}.`,
    payment_intent: structuredClone(intent),
  })
}

function now(): number {
  return Math.floor(Date.now() / 1000)
}
