import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { isDeploymentMode } from "./mode.mjs"
import { DATA_DIR } from "./paths.mjs"

const FILE = path.join(DATA_DIR, "secrets.json")

/**
 * JWT and cookie secrets: from the environment, else generated once and kept in .data/. In the
 * deployment mode only from the environment (every instance must sign with the same secrets; the
 * backend refuses to boot without them), and nothing is written.
 */
export function loadSecrets() {
  if (isDeploymentMode()) {
    const fromEnv = {}
    if (process.env.JWT_SECRET) fromEnv.JWT_SECRET = process.env.JWT_SECRET
    if (process.env.COOKIE_SECRET) fromEnv.COOKIE_SECRET = process.env.COOKIE_SECRET
    return fromEnv
  }
  let stored = {}
  if (fs.existsSync(FILE)) stored = JSON.parse(fs.readFileSync(FILE, "utf8"))
  if (!stored.jwtSecret || !stored.cookieSecret) {
    stored = { jwtSecret: randomBytes(32).toString("hex"), cookieSecret: randomBytes(32).toString("hex") }
    fs.mkdirSync(DATA_DIR, { recursive: true })
    fs.writeFileSync(FILE, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return {
    JWT_SECRET: process.env.JWT_SECRET || stored.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || stored.cookieSecret,
  }
}
