// Loopback stand-ins for a deployment's outside services, for the cluster test: an S3-compatible
// server (s3rver), an SMTP server that keeps every message (smtp-server + mailparser), and Debian's
// nginx as the load balancer, run from a generated config in a temp folder (never the system service).
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { simpleParser } from "mailparser"
import s3TestServer from "../../backend/integration-tests/utils/s3-test-server.js"
import { SMTPServer } from "smtp-server"

const { startS3TestServer } = s3TestServer

/** The S3 test server the backend's S3 suite uses, on a fixed port, its data under `dir`. */
export async function startS3(port, dir, bucket) {
  const directory = path.join(dir, "s3")
  fs.mkdirSync(directory, { recursive: true })
  return startS3TestServer({ bucket, port, directory })
}

/** A real SMTP server that keeps every message, parsed, with its envelope recipients. Login required. */
export async function startSmtp(port, { user, password }) {
  const messages = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user })
      return callback(new Error("Invalid username or password"))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? "", text: mail.text ?? "", messageId: mail.messageId })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  return {
    messages,
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_USER: user, SMTP_PASSWORD: password, SMTP_SECURE: "false", MAIL_FROM: "硒诺 Seleno <no-reply@cluster.test>" },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

export function nginxBinary() {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"]) if (candidate && fs.existsSync(candidate)) return candidate
  throw new Error("nginx is not installed: apt-get install -y nginx (Debian's package; .ci/run installs it)")
}

/**
 * nginx on 127.0.0.1:`port` balancing over `upstreams` (round robin). A server that refuses
 * connections is skipped for `failTimeout` seconds and the request, not yet sent, goes to the next;
 * a POST already sent to a server that dies is never replayed elsewhere (nginx's default for
 * non-idempotent requests), so the client sees a 502 and may retry.
 */
export async function startNginx(port, upstreams, dir, logFile) {
  const prefix = path.join(dir, "nginx")
  for (const sub of ["", "logs", "temp"]) fs.mkdirSync(path.join(prefix, sub), { recursive: true })
  const conf = `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${prefix}/logs/access.log;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  client_max_body_size 20m;
  upstream api {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=30s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
      proxy_next_upstream error timeout;
    }
  }
}
`
  const file = path.join(prefix, "nginx.conf")
  fs.writeFileSync(file, conf)
  const bin = nginxBinary()
  const check = spawnSync(bin, ["-t", "-p", prefix, "-c", file], { encoding: "utf8" })
  if (check.status !== 0) throw new Error(`nginx refused its config: ${check.stderr}`)
  const out = fs.openSync(logFile, "a")
  const child = spawn(bin, ["-p", prefix, "-c", file], { stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  let exited = null
  const exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exited = { code, signal }))))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      await fetch(`${url}/health`)
      break
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  if (exited) throw new Error(`nginx exited at start (${JSON.stringify(exited)}): ${fs.readFileSync(path.join(prefix, "logs", "error.log"), "utf8")}`)
  return {
    url,
    accessLog: path.join(prefix, "logs", "access.log"),
    async stop() {
      if (exited) return exited
      try {
        process.kill(-child.pid, "SIGQUIT")
      } catch {
        // gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // gone
        }
      }, 5000)
      const result = await exit
      clearTimeout(timer)
      return result
    },
  }
}
