import { nulInBody, PAGING_LIMITS, urlProblem } from "../request-hygiene"

describe("urlProblem", () => {
  it("passes ordinary addresses, Chinese text and paging within bounds", () => {
    expect(urlProblem("/store/products?q=%E5%AF%8C%E7%A1%92&limit=20&offset=40")).toBeNull()
    expect(urlProblem("/admin/regions?limit=9999")).toBeNull()
    expect(urlProblem("/store/products/prod_01?fields=%2Btotal")).toBeNull()
    expect(urlProblem("/store/products")).toBeNull()
  })

  it("refuses NUL and other control characters in the path or query, and broken encoding", () => {
    expect(urlProblem("/store/products/prod_%00x")?.code).toBe("control_character")
    expect(urlProblem("/store/products?q=tea%00")?.message).toMatch(/"q" contains a control character/)
    expect(urlProblem("/store/products?q=%1b[31m")?.code).toBe("control_character")
    expect(urlProblem("/store/products?q=%E5%AF")?.code).toBe("control_character")
    // Whatever follows a second "=" or "?" is part of the value, and checked with it.
    expect(urlProblem("/store/products?q=a=%00")?.code).toBe("control_character")
    expect(urlProblem("/store/products?q=a?b%00")?.code).toBe("control_character")
    expect(urlProblem("/store/products?q=a=b&limit=5")).toBeNull()
  })

  it("refuses negative, fractional, non-numeric and huge paging values, naming the parameter", () => {
    expect(urlProblem("/store/products?limit=-1")).toEqual({ code: "paging_invalid", message: 'limit must be a whole number from 0 to 10000; got "-1"' })
    expect(urlProblem("/store/products?offset=-5")?.message).toMatch(/^offset must be/)
    expect(urlProblem("/store/products?limit=2.5")?.code).toBe("paging_invalid")
    expect(urlProblem("/store/products?limit=ten")?.code).toBe("paging_invalid")
    expect(urlProblem(`/store/products?limit=${PAGING_LIMITS.limit + 1}`)?.code).toBe("paging_invalid")
    expect(urlProblem(`/store/products?limit=${PAGING_LIMITS.limit}`)).toBeNull()
  })
})

describe("nulInBody", () => {
  it("names where a NUL sits in a JSON body, and passes newlines and tabs", () => {
    expect(nulInBody({ note: "第一行\n第二行\t!" })).toBeNull()
    expect(nulInBody({ items: [{ title: "ok" }, { title: "bad\u0000" }] })).toBe("items[1].title")
    expect(nulInBody({ "a\u0000": 1 })).toBe('body key "a\\u0000"')
    expect(nulInBody("x\u0000")).toBe("body")
    expect(nulInBody(undefined)).toBeNull()
  })
})
