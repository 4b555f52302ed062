import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR } from "./paths.mjs"

const IGNORED = new Set(["node_modules", ".next", ".medusa", ".turbo", "dist", "static", "public-files", "private-files", "integration-tests", "test-results"])

/** A hash of the files an artefact is built from, so a build runs only when its inputs changed. */
export function hashInputs(entries) {
  const hash = createHash("sha256")
  for (const entry of entries) walk(entry, hash)
  return hash.digest("hex")
}

function walk(entry, hash) {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (!IGNORED.has(name)) walk(path.join(entry, name), hash)
    }
    return
  }
  hash.update(entry)
  hash.update(fs.readFileSync(entry))
}

const stampFile = (name) => path.join(DATA_DIR, "stamps", `${name}.txt`)

export function readStamp(name) {
  const file = stampFile(name)
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null
}

export function writeStamp(name, value) {
  fs.mkdirSync(path.dirname(stampFile(name)), { recursive: true })
  fs.writeFileSync(stampFile(name), value)
}
