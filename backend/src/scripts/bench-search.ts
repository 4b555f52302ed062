import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { progressBar } from "../lib/progress"
import { benchDocuments } from "../lib/search/bench-documents"
import { productSearchQuery, type ProductSearchParams } from "../lib/search/product-query"

/** The fixed query mix: Chinese substrings, pinyin, English with a typo, and facet combinations. */
const MIX: Partial<ProductSearchParams>[] = [
  { q: "紫阳" }, { q: "富硒茶" }, { q: "魔芋面" }, { q: "ziyang" }, { q: "zy cha" }, { q: "selenium tea" },
  { q: "selenuim tea" }, { q: "脐橙", certified: true }, { brand: "ankang-selenium-tea", certified: true },
  { region: "ankang", county: "ziyang", se_min: 0.3 }, { q: "茶", price_max: 100, sort: "price_asc" }, {},
]
const ROUNDS = 20
/** Pause after the first pass per 10,000 documents, for the maintenance a bulk load starts (vacuum, statistics). */
const SETTLE_MS_PER_10K = 2000

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const fmt = (n: number) => `${n.toFixed(1)} ms`
  console.log(`${label}: ${samples.length} queries  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}`)
}

function toQueryString(params: Partial<ProductSearchParams>): string {
  const out = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out.set(key, value === true ? "1" : String(value))
  return out.toString()
}

/**
 * `npm run bench:search [-- --count 100000] [-- --keep]`: writes N generated products straight into
 * the product index (not through product workflows), runs the query mix in process and over HTTP
 * (when BENCH_STORE_URL and BENCH_PUBLISHABLE_KEY are set), prints the figures, then removes them
 * unless asked to keep them. The launcher passes the flags as BENCH_COUNT and BENCH_KEEP.
 */
export default async function benchSearch({ container }: ExecArgs): Promise<void> {
  const count = Number(process.env.BENCH_COUNT ?? 10_000)
  if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_COUNT must be a positive whole number (got "${process.env.BENCH_COUNT}")`)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  // Sold in every sales channel, so the store route (scoped to its key's channels) sees them too.
  const channels = (await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})).map((c) => c.id)
  const docs = benchDocuments(count, channels)

  const bar = progressBar("Indexing", count)
  for (let i = 0; i < docs.length; i += 1000) {
    const batch = docs.slice(i, i + 1000)
    await search.upsertDocuments({ index: "product", documents: batch })
    bar.tick(batch.length)
  }
  const { seconds } = bar.finish()
  console.log(`Indexed ${count} documents in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(0)} documents/s`)

  try {
    // One unmeasured pass first, reported on its own: right after a bulk load the provider is still
    // vacuuming and analysing the index, and the steady state is what a shopper meets.
    const firstPass: number[] = []
    for (const params of MIX) {
      const started = performance.now()
      await search.search(productSearchQuery({ sort: "relevance", page: 1, limit: 12, ...params }, channels))
      firstPass.push(performance.now() - started)
    }
    report("First pass right after indexing (not counted below)", firstPass)
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(count / 10_000) * SETTLE_MS_PER_10K))

    const inProcess: number[] = []
    const byQuery = new Map<string, number[]>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const params of MIX) {
        const started = performance.now()
        await search.search(productSearchQuery({ sort: "relevance", page: 1, limit: 12, ...params }, channels))
        const ms = performance.now() - started
        inProcess.push(ms)
        const key = JSON.stringify(params)
        byQuery.set(key, [...(byQuery.get(key) ?? []), ms])
      }
    }
    report("Search Module + PostgreSQL provider (with facets)", inProcess)
    for (const [key, samples] of byQuery) report(`  ${key}`, samples)

    const url = process.env.BENCH_STORE_URL
    const key = process.env.BENCH_PUBLISHABLE_KEY
    if (url && key) {
      const overHttp: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const params of MIX) {
          const started = performance.now()
          const response = await fetch(`${url}/store/product-search?${toQueryString(params)}`, { headers: { "x-publishable-api-key": key } })
          await response.arrayBuffer()
          if (!response.ok) throw new Error(`GET /store/product-search answered ${response.status}`)
          overHttp.push(performance.now() - started)
        }
      }
      report("HTTP GET /store/product-search", overHttp)
    } else {
      console.log("HTTP: skipped (start the stack with npm start; npm run bench:search sets BENCH_STORE_URL and the key)")
    }
  } finally {
    if (!process.env.BENCH_KEEP) await search.deleteDocuments({ index: "product", filters: { id: { $prefix: "bench_" } } })
  }
}
