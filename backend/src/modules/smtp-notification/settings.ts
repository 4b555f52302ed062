/** What the SMTP notification provider needs; read from the environment by medusa-config.ts. */
export interface SmtpOptions {
  host: string
  port: number
  /** true: TLS from the first byte (SMTPS, usually port 465); false: STARTTLS when the server offers it. */
  secure: boolean
  user?: string
  password?: string
  /** The sender, e.g. `硒诺 Seleno <no-reply@example.cn>`. */
  from: string
}

/** The provider's options from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE, MAIL_FROM; null without SMTP_HOST. */
export function smtpOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpOptions | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = env.SMTP_SECURE === "true" || env.SMTP_SECURE === "1"
  const port = Number(env.SMTP_PORT || (secure ? 465 : 587))
  return {
    host,
    port,
    secure,
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.MAIL_FROM || `Seleno <no-reply@${host}>`,
  }
}

/** Refuses options a transport cannot use, naming each problem. */
export function smtpOptionProblems(options: Partial<SmtpOptions> | undefined): string[] {
  const problems: string[] = []
  if (!options?.host) problems.push("SMTP_HOST is empty")
  if (!Number.isInteger(options?.port) || options!.port! <= 0 || options!.port! > 65535) problems.push(`SMTP_PORT must be a port number (got ${options?.port})`)
  if (!options?.from) problems.push("MAIL_FROM is empty")
  if (options?.user && !options.password) problems.push("SMTP_USER is set but SMTP_PASSWORD is not")
  return problems
}
