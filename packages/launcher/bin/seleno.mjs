#!/usr/bin/env node
import { benchSearch, main, reindexSearch } from "../src/start.mjs"

const mode = process.argv[2] ?? "start"
if (mode === "reindex") {
  reindexSearch()
} else if (mode === "bench-search") {
  benchSearch(process.argv.slice(3))
} else if (mode === "start" || mode === "dev") {
  main(mode)
} else {
  console.error(`usage: seleno start|dev|reindex|bench-search (got "${mode}")`)
  process.exit(2)
}
