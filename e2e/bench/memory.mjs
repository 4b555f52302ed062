// Memory of the whole running stack (npm start): the launcher and every process under it (backend,
// storefront, embedded PostgreSQL). Measured idle, then after a warm-up and after 10,000 page
// requests spread over the cached pages, the serial page and the scan report. RSS counts shared
// pages once per process (PostgreSQL's shared buffers many times); PSS shares them out, so the PSS
// sum is the stack's real footprint. Prints figures; nothing here passes or fails a build.
// Usage: npm start (in another terminal), then npm run bench:memory
import fs from "node:fs"
import { load } from "./load.mjs"

const BASE = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const REQUESTS = Number(process.env.BENCH_REQUESTS || 10_000)
const LOT = "/01/06971234000019/10/L2026001"
const PAGES = ["/zh-CN", "/en", "/zh-CN/products/ziyang-maojian-green-tea", "/zh-CN/store", "/zh-CN/brands", `${LOT}`, `${LOT}/21/0002`, "/zh-CN/store?sort=price_asc"]
const TARGET = { idleMb: 1024, drift: 0.1 }

const kb = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0)

function processes() {
  const all = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))
  const info = new Map()
  for (const pid of all) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim()
      info.set(Number(pid), { ppid, cmdline })
    } catch {
      // The process ended while we looked.
    }
  }
  return info
}

/** The launcher of `npm start` and all its descendants, with their RSS and PSS in kB. */
function stack() {
  const info = processes()
  const root = [...info].find(([, p]) => /seleno\.mjs (start|dev)/.test(p.cmdline))?.[0]
  if (!root) throw new Error("npm start is not running (no `seleno.mjs start` process)")
  const members = [root]
  for (let i = 0; i < members.length; i++) for (const [pid, p] of info) if (p.ppid === members[i]) members.push(pid)
  return members.flatMap((pid) => {
    try {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
      return [{ pid, cmdline: info.get(pid).cmdline, rss: kb(rollup, "Rss"), pss: kb(rollup, "Pss") }]
    } catch {
      return []
    }
  })
}

function part(cmdline) {
  if (cmdline.includes("postgres")) return "postgres"
  if (cmdline.includes("medusa")) return "backend"
  if (cmdline.includes("server.mjs") || cmdline.includes("next")) return "storefront"
  return "launcher/other"
}

function snapshot(label) {
  const members = stack()
  const byPart = {}
  for (const m of members) {
    const key = part(m.cmdline)
    byPart[key] = (byPart[key] ?? 0) + m.pss
  }
  const total = { rss: members.reduce((s, m) => s + m.rss, 0), pss: members.reduce((s, m) => s + m.pss, 0) }
  const parts = Object.entries(byPart)
    .map(([name, pss]) => `${name} ${(pss / 1024).toFixed(0)}`)
    .join(", ")
  console.log(`${label.padEnd(34)} PSS ${(total.pss / 1024).toFixed(0).padStart(5)} MB  RSS ${(total.rss / 1024).toFixed(0).padStart(5)} MB  (${members.length} processes; PSS MB: ${parts})`)
  return total
}

const pageAt = (i) => `${BASE}${PAGES[i % PAGES.length]}`
const idle = snapshot("idle")
await load(BASE, { connections: 20, seconds: 120, maxRequests: 1_000, nextUrl: pageAt })
await new Promise((resolve) => setTimeout(resolve, 5_000))
const warm = snapshot("after 1,000 requests (warm)")
const run = await load(BASE, { connections: 20, seconds: 600, maxRequests: REQUESTS, nextUrl: pageAt })
await new Promise((resolve) => setTimeout(resolve, 5_000))
const after = snapshot(`after ${run.requests.toLocaleString("en")} more requests`)
console.log(`\n${run.requests} requests at ${run.rps.toFixed(0)} req/s, ${run.errors} failed`)

const drift = (after.pss - warm.pss) / warm.pss
console.log(`Change from warm to after the run: ${(drift * 100).toFixed(1)} % (PSS)`)
const missed = []
if (idle.pss / 1024 > TARGET.idleMb) missed.push(`idle PSS ${(idle.pss / 1024).toFixed(0)} MB > ${TARGET.idleMb} MB`)
if (Math.abs(drift) > TARGET.drift) missed.push(`PSS moved ${(drift * 100).toFixed(1)} % (target within ±${TARGET.drift * 100} %)`)
console.log(missed.length ? `\nMissed targets:\n- ${missed.join("\n- ")}` : "\nAll targets met.")
