import { describe, expect, it } from "vitest"
import { GET, HEAD } from "./route"

describe("GET /api/health", () => {
  it("answers 200 without calling the backend (no backend runs here) and is never cached", async () => {
    const response = GET()
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("OK")
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(HEAD().status).toBe(200)
  })
})
