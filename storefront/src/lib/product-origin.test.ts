import { describe, expect, it } from "vitest"
import { productOrigin } from "./product-origin"

describe("productOrigin", () => {
  it("names province, city and county for any county we serve", () => {
    expect(productOrigin({ region: "ankang", county: "ziyang" }, "zh-CN").origin).toBe("陕西省 安康市 紫阳县")
    expect(productOrigin({ region: "enshi", county: "422822" }, "en").origin).toBe("Hubei, Enshi, Jianshi")
    // Outside the selenium regions the prefecture stands in; a province-administered county names itself once.
    expect(productOrigin({ county: "420106" }, "zh-CN").origin).toBe("湖北省 武汉市 武昌区")
    expect(productOrigin({ county: "429004" }, "zh-CN").origin).toBe("湖北省 仙桃市")
  })
})
