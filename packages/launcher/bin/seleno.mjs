#!/usr/bin/env node
import { auditClaims, benchSearch, main, reindexSearch } from "../src/start.mjs"

const mode = process.argv[2] ?? "start"
if (mode === "reindex") {
  reindexSearch()
} else if (mode === "audit-claims") {
  auditClaims()
} else if (mode === "bench-search") {
  benchSearch(process.argv.slice(3))
} else if (mode === "start" || mode === "dev") {
  main(mode)
} else {
  console.error(`usage: seleno start|dev|reindex|audit-claims|bench-search (got "${mode}")`)
  process.exit(2)
}
