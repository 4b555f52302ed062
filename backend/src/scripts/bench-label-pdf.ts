/**
 * Label sheet PDF benchmark (issue 20): renders a batch of N labels (default 2,000) on each given
 * preset and prints the time, the file size and the process's peak memory. Needs no database:
 *
 *   cd backend && npx ts-node src/scripts/bench-label-pdf.ts [count] [preset …]
 *
 * A script to read, not a timed test: the numbers depend on the machine.
 */
import { createWriteStream, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { labelPreset, LABEL_PRESET_IDS } from "@seleno/domain"
import { planLabelSheet, writeLabelPdf } from "../modules/traceability/label-pdf"

async function bench(count: number, presetId: string): Promise<void> {
  const preset = labelPreset(presetId)
  if (!preset) throw new Error(`unknown preset ${presetId}; one of ${LABEL_PRESET_IDS.join(", ")}`)
  const batch = {
    gtin: "06971234000019",
    lot: "L2026-001",
    productName: "紫阳富硒茶 毛尖特级明前绿茶 250 克罐装",
    serials: Array.from({ length: count }, (_, i) => String(i + 1).padStart(5, "0")),
    url: (serial: string) => `https://shop.example.com/01/06971234000019/10/L2026-001/21/${serial}`,
  }
  const started = process.hrtime.bigint()
  const planned = planLabelSheet(batch, preset)
  if (!planned.ok) throw new Error(planned.message)
  const file = join(tmpdir(), `seleno-labels-${presetId}.pdf`)
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  await writeLabelPdf(batch, planned.plan, createWriteStream(file))
  clearInterval(sampler)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
  console.log(
    `${presetId}: ${count} labels, ${planned.plan.pages} pages, ${ms.toFixed(0)} ms (${(ms / count).toFixed(2)} ms/label), ` +
      `${mb(statSync(file).size)} MB PDF, peak RSS ${mb(peak)} MB → ${file}`
  )
}

async function main(): Promise<void> {
  const [countArg, ...presets] = process.argv.slice(2)
  const count = Number(countArg ?? 2000)
  for (const id of presets.length ? presets : ["70x42.4", "50x30"]) await bench(count, id)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
