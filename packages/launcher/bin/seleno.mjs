#!/usr/bin/env node
import { main } from "../src/start.mjs"

const mode = process.argv[2] ?? "start"
if (mode !== "start" && mode !== "dev") {
  console.error(`usage: seleno start|dev (got "${mode}")`)
  process.exit(2)
}
main(mode)
