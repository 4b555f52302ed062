import { spawn } from "node:child_process"
import readline from "node:readline"

const children = new Set()

/**
 * One output line of service `name`, marked with its origin. A JSON object line (Medusa's logger
 * in production writes JSON) gets a "service" field instead of a text prefix, so log collectors
 * still parse every line; other lines get a "[name]" prefix.
 */
export function markLine(name, line) {
  if (line.startsWith("{")) {
    try {
      const entry = JSON.parse(line)
      if (entry && typeof entry === "object" && !Array.isArray(entry)) return JSON.stringify({ service: name, ...entry })
    } catch {
      // not JSON after all: prefix it like any other line
    }
  }
  return `[${name}] ${line}`
}

function pipe(stream, name, target, keepLine) {
  readline.createInterface({ input: stream }).on("line", (line) => {
    if (keepLine(line)) target.write(`${markLine(name, line)}\n`)
  })
}

function launch(name, command, args, { keepLine = () => true, ...options } = {}) {
  // Own process group, so stopping it also stops what it started (next's and medusa's workers).
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  children.add(child)
  child.on("exit", () => children.delete(child))
  pipe(child.stdout, name, process.stdout, keepLine)
  pipe(child.stderr, name, process.stderr, keepLine)
  return child
}

/**
 * For `medusa exec` of the seed: Medusa's search-ingestion subscriber hears every product the seed
 * writes, but the search index only becomes active when the server starts (and then indexes every
 * product itself), so each event logs an error that means nothing. Those lines, and the "error
 * occurred while processing" line Medusa writes before each, are dropped; everything else is kept.
 */
export function withoutInactiveIndexNoise(line) {
  return !/has no active version yet|An error occurred while processing [\w.-]+:/.test(line)
}

/** Runs a command to completion; rejects with its exit code when it fails. `keepLine` filters its output. */
export function run(name, command, args, options) {
  return new Promise((resolve, reject) => {
    const child = launch(name, command, args, options)
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`))
    )
  })
}

/** Starts a long-running service; `onExit` hears when it stops on its own. */
export function serve(name, command, args, options, onExit) {
  const child = launch(name, command, args, options)
  child.on("exit", (code, signal) => onExit(name, code, signal))
  return child
}

/** Sends SIGTERM to every process group still running, then SIGKILL after a grace period. */
export async function stopAll(graceMs = 8000) {
  const running = [...children]
  for (const child of running) signalGroup(child, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (children.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  for (const child of children) signalGroup(child, "SIGKILL")
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Polls a URL until it answers 2xx, or fails after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 120000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`)
}
