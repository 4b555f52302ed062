import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { cloneTemplateDatabase } from "./clone-database"
import { seedAndGetStoreHeaders, waitForSearchIndex } from "./store"
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { suiteDatabase } = require("./database-urls")

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export interface SeededSuite {
  api: Api
  getContainer: () => MedusaContainer
  /** Publishable-key headers for store routes, ready once the seed has run in beforeAll. */
  store: { headers: Record<string, string> }
}

/**
 * An integration suite on its own database, cloned from the migrated template and seeded with the
 * real seed script once; the runner restores that seeded state before every test.
 */
export function seededSuite(name: string, suite: (ctx: SeededSuite) => void): void {
  jest.setTimeout(120 * 1000)
  const dbName = suiteDatabase(name)
  medusaIntegrationTestRunner({
    dbName,
    hooks: { beforeServerStart: () => cloneTemplateDatabase(dbName) },
    testSuite: ({ api, getContainer }) => {
      const store = { headers: {} as Record<string, string> }
      beforeAll(async () => {
        store.headers = (await seedAndGetStoreHeaders(getContainer())).headers
        await waitForSearchIndex(getContainer())
      })
      suite({ api, getContainer, store })
    },
  })
}
