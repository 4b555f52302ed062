import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { areaOfRoute } from "../roles"

const ROOT = join(__dirname, "..")

/** Every (method, path) the enterprise API serves, read off its route files. */
function enterpriseRoutes(): { method: string; path: string }[] {
  const found: { method: string; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") walk(full)
      else if (entry.name === "route.ts") {
        const path = "/enterprise/" + relative(ROOT, dir).replace(/\[[^\]]+\]/g, "x1")
        for (const [, method] of readFileSync(full, "utf8").matchAll(/^export const (GET|POST|DELETE|PUT|PATCH)\b/gm)) found.push({ method: method!, path })
      }
    }
  }
  walk(ROOT)
  return found
}

describe("enterprise route areas", () => {
  it("names an area for every route the enterprise API serves", () => {
    const routes = enterpriseRoutes()
    expect(routes.length).toBeGreaterThan(30)
    const unmapped = routes.filter(({ method, path }) => areaOfRoute(method, path) === undefined)
    expect(unmapped).toEqual([])
  })

  it("keeps shipping, settlement and the team apart", () => {
    expect(areaOfRoute("POST", "/enterprise/orders/order_1/fulfillments")).toBe("shipping")
    expect(areaOfRoute("GET", "/enterprise/orders/order_1")).toBe("orders")
    expect(areaOfRoute("GET", "/enterprise/settlement/statements/st_1")).toBe("finance")
    expect(areaOfRoute("DELETE", "/enterprise/accounts/entacc_1")).toBe("team")
    expect(areaOfRoute("GET", "/enterprise/trace-batches/b_1/labels")).toBe("batches")
    expect(areaOfRoute("POST", "/enterprise/trace-batches/b_1/events")).toBe("catalogue")
  })

  it("does not match a route by a shared word alone", () => {
    expect(areaOfRoute("GET", "/enterprise/orders-archive")).toBeUndefined()
    expect(areaOfRoute("PATCH", "/enterprise/settlement")).toBeUndefined()
  })
})
