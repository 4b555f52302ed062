import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { smtpOptionProblems, type SmtpOptions } from "./settings"
import { renderEmail } from "./templates"

/**
 * Sends the project's notifications as e-mail over SMTP. Each template the code sends is rendered
 * to a subject, a plain-text body and a simple HTML body (Chinese first, English below); a message
 * that already carries `content` (subject/text/html) is sent as given. Throws when the SMTP server
 * refuses, so the Notification Module records the notification as failed.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-smtp"

  private readonly options_: SmtpOptions
  private readonly logger_: Logger
  private readonly transport_: Transporter

  static override validateOptions(options: Record<string, unknown>): void {
    const problems = smtpOptionProblems(options as Partial<SmtpOptions>)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `SMTP notification provider: ${problems.join("; ")}`)
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.options_ = options
    this.logger_ = logger
    this.transport_ = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth: options.user ? { user: options.user, pass: options.password } : undefined,
      // A stuck server must not hold a workflow step for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail notification needs a recipient (to)")
    const rendered = notification.content?.subject
      ? { subject: notification.content.subject, text: notification.content.text ?? "", html: notification.content.html }
      : renderEmail(notification.template, notification.data ?? {})
    const info = await this.transport_.sendMail({
      from: notification.from || this.options_.from,
      to: notification.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.content_type,
        encoding: "base64",
        contentDisposition: a.disposition === "inline" ? ("inline" as const) : ("attachment" as const),
        cid: a.id,
      })),
    })
    // The message id only: the body may hold a reset token, which never goes to the log.
    this.logger_.info(`E-mail "${notification.template}" sent to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}
