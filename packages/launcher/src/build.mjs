import fs from "node:fs"
import path from "node:path"
import { BACKEND_BUILD_DIR, BACKEND_DIR, BIN, DOMAIN_DIR, ROOT, STOREFRONT_DIR } from "./paths.mjs"
import { run } from "./processes.mjs"
import { hashInputs, readStamp, writeStamp } from "./stamps.mjs"

/**
 * Variables a build bakes in: the admin bundle calls MEDUSA_ADMIN_BACKEND_URL (unset: its own
 * origin) and DISABLE_MEDUSA_ADMIN leaves it out. Changing one must rebuild, like changing a source.
 */
export const BUILD_ENV = { backend: ["MEDUSA_ADMIN_BACKEND_URL", "DISABLE_MEDUSA_ADMIN"], storefront: [] }

/** The build variables' values as a string to add to an input hash. */
export function buildEnvStamp(names, env = process.env) {
  return names.map((name) => `|${name}=${env[name] ?? ""}`).join("")
}

const inputs = {
  domain: () => hashInputs([path.join(DOMAIN_DIR, "src"), path.join(DOMAIN_DIR, "package.json"), path.join(ROOT, "tsconfig.base.json")]),
  backend: (domain, env) =>
    domain +
    buildEnvStamp(BUILD_ENV.backend, env) +
    hashInputs([path.join(BACKEND_DIR, "src"), path.join(BACKEND_DIR, "medusa-config.ts"), path.join(BACKEND_DIR, "package.json"), path.join(BACKEND_DIR, "tsconfig.json")]),
  storefront: (domain, env) =>
    domain +
    buildEnvStamp(BUILD_ENV.storefront, env) +
    hashInputs(["src", "public", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"].map((f) => path.join(STOREFRONT_DIR, f))),
}

/** Builds @seleno/domain when its sources changed (backend, storefront and `npm run dev` need its dist). */
export async function buildDomainIfStale(env, log) {
  const domain = inputs.domain()
  if (readStamp("domain") !== domain || !fs.existsSync(path.join(DOMAIN_DIR, "dist", "index.js"))) {
    log("Building @seleno/domain …")
    await run("domain", path.join(BIN, "tsc"), ["-p", "tsconfig.build.json"], { cwd: DOMAIN_DIR, env })
    writeStamp("domain", domain)
  }
  return domain
}

/** Builds the domain package, the backend and the storefront when their inputs changed since the last build. */
export async function buildIfStale(env, log) {
  const domain = await buildDomainIfStale(env, log)
  const backend = inputs.backend(domain, env)
  const storefront = inputs.storefront(domain, env)
  const jobs = []
  if (readStamp("backend") !== backend || !fs.existsSync(path.join(BACKEND_BUILD_DIR, "medusa-config.js"))) {
    log("Building the backend and admin (medusa build, about a minute) …")
    jobs.push(run("build:backend", path.join(BIN, "medusa"), ["build"], { cwd: BACKEND_DIR, env }).then(() => writeStamp("backend", backend)))
  }
  if (readStamp("storefront") !== storefront || !fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))) {
    log("Building the storefront (next build) …")
    jobs.push(run("build:storefront", path.join(BIN, "next"), ["build"], { cwd: STOREFRONT_DIR, env }).then(() => writeStamp("storefront", storefront)))
  }
  await Promise.all(jobs)
  linkBackendBuild()
  return { backend }
}

/**
 * `medusa build` recreates .medusa/server without dependencies or uploads: point it at the
 * installed packages (no second install, no download) and at the shared upload folder.
 */
function linkBackendBuild() {
  // static/ holds files uploaded before uploads were checked; public-files/ and private-files/ are
  // where the file provider stores them now (see medusa-config.ts).
  const uploadDirs = ["static", "public-files", "private-files"]
  const links = [
    [path.join(BACKEND_BUILD_DIR, "node_modules"), path.join(ROOT, "node_modules")],
    ...uploadDirs.map((dir) => [path.join(BACKEND_BUILD_DIR, dir), path.join(BACKEND_DIR, dir)]),
  ]
  for (const dir of uploadDirs) fs.mkdirSync(path.join(BACKEND_DIR, dir), { recursive: true })
  for (const [link, target] of links) {
    if (!fs.existsSync(link)) fs.symlinkSync(target, link, "dir")
  }
}
