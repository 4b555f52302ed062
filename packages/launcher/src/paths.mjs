import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
export const DATA_DIR = process.env.SELENO_DATA_DIR || path.join(ROOT, ".data")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const DOMAIN_DIR = path.join(ROOT, "packages", "domain")
export const BIN = path.join(ROOT, "node_modules", ".bin")
