/**
 * SMS through an HTTP gateway of the operator's choosing. Mainland SMS (Aliyun, Tencent Cloud …)
 * needs signed requests, registered templates and a sender signature; a small service in front of
 * it takes our JSON POST `{ to, template, params }` with `Authorization: Bearer SMS_GATEWAY_TOKEN`
 * and maps each template name to the provider's template code. Off unless SMS_GATEWAY_URL is set.
 */
export interface SmsGatewayOptions {
  url: string
  token?: string
  /** Milliseconds before a send counts as failed (default 10 000). */
  timeout_ms?: number
}

export function smsGatewayFromEnv(env: NodeJS.ProcessEnv = process.env): SmsGatewayOptions | null {
  const url = env.SMS_GATEWAY_URL?.trim()
  if (!url) return null
  return { url, ...(env.SMS_GATEWAY_TOKEN ? { token: env.SMS_GATEWAY_TOKEN } : {}) }
}

/** Whether messages may also go out on the `sms` channel (a provider for it is registered). */
export const smsConfigured = (env: NodeJS.ProcessEnv = process.env): boolean => smsGatewayFromEnv(env) !== null

/** The SMS templates we send; the gateway maps each to its provider's template code. */
export const SMS_TEMPLATES = { orderShipped: "order-shipped", passwordReset: "password-reset" } as const

/** A usable mobile number from what a shopper typed (spaces and dashes dropped), else null. */
export function smsRecipient(phone: string | null | undefined): string | null {
  const cleaned = (phone ?? "").replace(/[\s()-]/g, "")
  return /^\+?\d{6,15}$/.test(cleaned) ? cleaned : null
}
