#!/usr/bin/env node
import { main, reindexSearch } from "../src/start.mjs"

const mode = process.argv[2] ?? "start"
if (mode === "reindex") {
  reindexSearch()
} else if (mode === "start" || mode === "dev") {
  main(mode)
} else {
  console.error(`usage: seleno start|dev|reindex (got "${mode}")`)
  process.exit(2)
}
