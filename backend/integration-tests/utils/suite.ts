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
        // The runner creates its axios client once the server is up, before this hook.
        api.interceptors.response.use(undefined, (error: unknown) => Promise.reject(plainRequestError(error)))
        store.headers = (await seedAndGetStoreHeaders(getContainer())).headers
        await waitForSearchIndex(getContainer())
      })
      suite({ api, getContainer, store })
    },
  })
}

/**
 * An HTTP failure as a plain Error: the method, path, status and body in its message, and
 * `response` with only status, data and headers. Axios errors hold the request and response
 * objects, which point at each other; jest cannot send such a failure from a worker process to the
 * main one (the worker dies and the run hangs), and the plain message says more in the report.
 */
function plainRequestError(error: unknown): unknown {
  const failure = error as { response?: { status: number; data: unknown; headers: Record<string, unknown> }; config?: { method?: string; url?: string }; message?: string }
  if (!failure?.response) return new Error(failure?.message ?? String(error))
  const { status, data, headers } = failure.response
  const plain = new Error(`${failure.config?.method?.toUpperCase() ?? "?"} ${failure.config?.url ?? "?"} → ${status}: ${JSON.stringify(data)?.slice(0, 1000)}`)
  return Object.assign(plain, { response: { status, data, headers: { ...headers } } })
}
