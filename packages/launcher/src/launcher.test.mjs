import assert from "node:assert/strict"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "seleno-launcher-"))
process.env.SELENO_DATA_DIR = dataDir
delete process.env.JWT_SECRET
delete process.env.COOKIE_SECRET
const { hashInputs, readStamp, writeStamp } = await import("./stamps.mjs")
const { loadSecrets } = await import("./secrets.mjs")
const { assertPortFree } = await import("./ports.mjs")
const { openDatabase } = await import("./database.mjs")

test("a build's input hash changes with its sources and ignores build output", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seleno-src-"))
  fs.writeFileSync(path.join(dir, "a.ts"), "export const a = 1")
  const before = hashInputs([dir])
  fs.mkdirSync(path.join(dir, "node_modules"))
  fs.writeFileSync(path.join(dir, "node_modules", "x.js"), "ignored")
  fs.mkdirSync(path.join(dir, ".next"))
  fs.writeFileSync(path.join(dir, ".next", "BUILD_ID"), "ignored")
  assert.equal(hashInputs([dir]), before)
  fs.writeFileSync(path.join(dir, "a.ts"), "export const a = 2")
  assert.notEqual(hashInputs([dir]), before)
})

test("stamps persist in the data folder", () => {
  assert.equal(readStamp("backend"), null)
  writeStamp("backend", "abc")
  assert.equal(readStamp("backend"), "abc")
})

test("secrets are generated once, kept private and reused", () => {
  const first = loadSecrets()
  assert.match(first.JWT_SECRET, /^[0-9a-f]{64}$/)
  assert.notEqual(first.JWT_SECRET, first.COOKIE_SECRET)
  assert.deepEqual(loadSecrets(), first)
  const mode = fs.statSync(path.join(dataDir, "secrets.json")).mode & 0o777
  assert.equal(mode, 0o600)
})

test("secrets from the environment win", () => {
  process.env.JWT_SECRET = "from-env"
  try {
    assert.equal(loadSecrets().JWT_SECRET, "from-env")
  } finally {
    delete process.env.JWT_SECRET
  }
})

test("in the deployment mode no secret is generated nor written: they come from the environment only", () => {
  const file = path.join(dataDir, "secrets.json")
  fs.rmSync(file, { force: true })
  process.env.SELENO_ENV = "production"
  try {
    assert.deepEqual(loadSecrets(), {})
    assert.equal(fs.existsSync(file), false)
    process.env.JWT_SECRET = "shared-by-every-instance"
    assert.deepEqual(loadSecrets(), { JWT_SECRET: "shared-by-every-instance" })
    assert.equal(fs.existsSync(file), false)
  } finally {
    delete process.env.SELENO_ENV
    delete process.env.JWT_SECRET
  }
})

test("in the deployment mode no embedded PostgreSQL is started: DATABASE_URL is required", async () => {
  process.env.SELENO_ENV = "production"
  const saved = process.env.DATABASE_URL
  delete process.env.DATABASE_URL
  try {
    await assert.rejects(openDatabase(() => {}), /SELENO_ENV=production needs DATABASE_URL/)
    assert.equal(fs.existsSync(path.join(dataDir, "postgres")), false)
  } finally {
    delete process.env.SELENO_ENV
    if (saved !== undefined) process.env.DATABASE_URL = saved
  }
})

test("a taken port is refused with the variable that moves it", async () => {
  const server = net.createServer().listen(0)
  await new Promise((resolve) => server.once("listening", resolve))
  const { port } = server.address()
  try {
    await assert.rejects(assertPortFree(port, "backend", "BACKEND_PORT"), /already in use.*BACKEND_PORT/)
  } finally {
    server.close()
  }
  await assertPortFree(port, "backend", "BACKEND_PORT")
})

test("a JSON log line stays JSON with its service named; other lines get a prefix", async () => {
  const { markLine } = await import("./processes.mjs")
  const marked = markLine("backend", '{"level":"info","message":"Server is ready on port: 9000"}')
  assert.deepEqual(JSON.parse(marked), { service: "backend", level: "info", message: "Server is ready on port: 9000" })
  assert.equal(markLine("backend", "info:    Server is ready"), "[backend] info:    Server is ready")
  assert.equal(markLine("storefront", "{ not json"), "[storefront] { not json")
  assert.equal(markLine("backend", "[1,2]"), "[backend] [1,2]")
})

test("the seed's output loses only the inactive search index errors", async () => {
  const { withoutInactiveIndexNoise: keep } = await import("./processes.mjs")
  assert.equal(keep('{"level":"error","message":"Search index \\"product\\" has no active version yet. It has to be migrated and seeded first.","stack":[]}'), false)
  assert.equal(keep('{"level":"error","message":"An error occurred while processing certification.certificate.created:"}'), false)
  assert.equal(keep('{"service":"medusa","level":"error","message":"An error occurred while processing product-variant.created:"}'), false)
  assert.equal(keep('{"level":"error","message":"the seed created no publishable key"}'), true)
  assert.equal(keep('{"level":"info","message":"25 products created"}'), true)
})

test("a build's stamp changes when a variable it bakes in changes", async () => {
  const { BUILD_ENV, buildEnvStamp } = await import("./build.mjs")
  const unset = buildEnvStamp(BUILD_ENV.backend, {})
  const set = buildEnvStamp(BUILD_ENV.backend, { MEDUSA_ADMIN_BACKEND_URL: "https://api.example.cn" })
  assert.notEqual(set, unset)
  assert.equal(buildEnvStamp(BUILD_ENV.backend, { MEDUSA_ADMIN_BACKEND_URL: "https://api.example.cn", OTHER: "x" }), set)
})

test("traversal opens private parent folders for search only", async () => {
  const { allowTraversal } = await import("./traversal.mjs")
  const top = fs.mkdtempSync(path.join(os.tmpdir(), "seleno-private-"))
  const inner = path.join(top, "checkout", "node_modules")
  fs.mkdirSync(inner, { recursive: true })
  fs.chmodSync(top, 0o700)
  fs.chmodSync(path.join(top, "checkout"), 0o750)
  allowTraversal(inner)
  assert.equal(fs.statSync(top).mode & 0o777, 0o701)
  assert.equal(fs.statSync(path.join(top, "checkout")).mode & 0o777, 0o751)
  fs.rmSync(top, { recursive: true, force: true })
})
