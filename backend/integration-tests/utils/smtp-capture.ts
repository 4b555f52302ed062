import { simpleParser, type ParsedMail } from "mailparser"
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"

export interface CapturedMail {
  /** The RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[]
  mail: ParsedMail
}

export interface SmtpCapture {
  port: number
  messages: CapturedMail[]
  /** The logins the server accepted (user names). */
  logins: string[]
  close(): Promise<void>
}

/**
 * A real SMTP server (the `smtp-server` package) on loopback that keeps every message it receives,
 * parsed. With `auth`, it refuses any other user/password (AUTH over plain TCP is allowed: loopback).
 */
export async function startSmtpCapture(options: { port?: number; auth?: { user: string; password: string } } = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = []
  const logins: string[] = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.password) {
        logins.push(auth.username!)
        return callback(null, { user: auth.username })
      }
      return callback(new Error("Invalid username or password"))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve())
  })
  const port = (server.server.address() as AddressInfo).port
  return { port, messages, logins, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
