import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { progressBar } from "../lib/progress"
import { reindexProducts } from "../lib/search/reindex"

/** `npm run search:reindex`: rewrites the product search index with a progress bar; safe to rerun. */
export default async function reindexSearch({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let bar: ReturnType<typeof progressBar> | undefined
  const written = await reindexProducts(container, (count, total) => {
    bar ??= progressBar("Reindexing products", total)
    bar.tick(count)
  })
  const seconds = bar?.finish().seconds ?? 0
  logger.info(`Search: ${written} products reindexed in ${seconds.toFixed(1)}s`)
}
