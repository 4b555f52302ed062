import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import type { SmsGatewayOptions } from "../../lib/sms"

type Options = SmsGatewayOptions & { channels?: string[] }

/**
 * Notification provider for the `sms` channel: one JSON POST `{ to, template, params }` to the
 * configured gateway per message. Errors name the gateway's status, never the message's params
 * (a password-reset SMS carries the reset link).
 */
export default class SmsGatewayNotificationService extends AbstractNotificationProviderService {
  static override identifier = "sms-gateway"

  protected options_: Options
  protected logger_: Logger

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.options_ = options
    this.logger_ = logger
  }

  static override validateOptions(options: Record<string, unknown>): void {
    const url = options.url
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMS provider needs SMS_GATEWAY_URL, an http(s) URL of the SMS gateway.")
    }
  }

  override async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const headers: Record<string, string> = { "content-type": "application/json" }
    if (this.options_.token) headers.authorization = `Bearer ${this.options_.token}`
    let response: Response
    try {
      response = await fetch(this.options_.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ to: notification.to, template: notification.template, params: notification.data ?? {} }),
        signal: AbortSignal.timeout(this.options_.timeout_ms ?? 10_000),
      })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMS gateway unreachable (${error instanceof Error ? error.name : "error"}) for template ${notification.template}`)
    }
    if (!response.ok) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMS gateway answered ${response.status} for template ${notification.template}`)
    }
    const body = (await response.json().catch(() => null)) as { id?: unknown } | null
    return typeof body?.id === "string" ? { id: body.id } : {}
  }
}
