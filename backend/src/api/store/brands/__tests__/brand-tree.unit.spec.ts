import { toBrandTree, type BrandRecord } from "../helpers"

const brand = (id: string, region: string, parent: string | null, statuses: string[]): BrandRecord => ({
  id,
  handle: id,
  name: id,
  level: parent ? "county" : "regional",
  mark_type: "trademark",
  region,
  counties: [],
  logo_url: null,
  parent: parent ? { id: parent } : null,
  products: statuses.map((status, i) => ({ id: `${id}-p${i}`, status })),
})

describe("toBrandTree", () => {
  const tree = toBrandTree([
    brand("gannan", "ganzhou", null, ["published"]),
    brand("ziyang", "ankang", "ankang-tea", ["published", "published", "draft"]),
    brand("ankang-tea", "ankang", null, ["published"]),
    brand("enshi", "enshi", null, []),
    brand("ankang-fish", "ankang", null, ["published"]),
  ])

  it("nests county brands under their regional brand, regions in the brief's order, bigger brands first", () => {
    expect(tree.map((b) => b.handle)).toEqual(["ankang-tea", "ankang-fish", "gannan", "enshi"])
    expect(tree[0]!.children.map((b) => b.handle)).toEqual(["ziyang"])
  })

  it("counts only published products and sums them up the tree", () => {
    expect(tree[0]!.children[0]!.product_count).toBe(2)
    expect(tree[0]!.product_count).toBe(1)
    expect(tree[0]!.total_product_count).toBe(3)
    expect(tree[3]!.total_product_count).toBe(0)
  })
})
