import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"
import { fieldLeaves, fromMeilisearchDocument, toMeilisearchDocument } from "../documents"

const fields: Record<string, SearchTypes.SearchFieldDefinition> = {
  id: { type: "keyword", filterable: true },
  title: { type: "text", searchable: true },
  created_at: { type: "date", sortable: true },
  batches: {
    type: "object",
    array: true,
    fields: { harvested_at: { type: "date", filterable: true }, lot: { type: "keyword" } },
  },
  secret: { type: "object", retrievable: false, fields: { note: { type: "text", searchable: true } } },
}

function definition(primaryKey = "id"): SearchTypes.ResolvedSearchIndexDefinition {
  return indexDefinition(fields, { primary_key: primaryKey })
}

function captureError(run: () => unknown): MedusaError {
  try {
    run()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw")
}

describe("toMeilisearchDocument", () => {
  it("stores dates as epoch milliseconds, at the top level and inside arrays of objects", () => {
    const document = toMeilisearchDocument(
      {
        id: "prod_1",
        created_at: new Date("2024-03-01T00:00:00.000Z"),
        batches: [{ harvested_at: "2023-10-02T08:00:00Z", lot: "A" }, { harvested_at: 1700000000000, lot: "B" }],
      },
      definition()
    )

    expect(document).toEqual({
      id: "prod_1",
      created_at: Date.UTC(2024, 2, 1),
      batches: [
        { harvested_at: Date.UTC(2023, 9, 2, 8), lot: "A" },
        { harvested_at: 1700000000000, lot: "B" },
      ],
    })
  })

  it("drops undefined values but keeps null, which Meilisearch can filter with IS NULL", () => {
    const document = toMeilisearchDocument({ id: "prod_1", title: undefined, created_at: null }, definition())

    expect(document).toEqual({ id: "prod_1", created_at: null })
    expect("title" in document).toBe(false)
  })

  it("keeps fields the definition does not declare untouched", () => {
    const document = toMeilisearchDocument({ id: "prod_1", extra: "2024-01-01" }, definition())

    expect(document.extra).toBe("2024-01-01")
  })

  it("writes the id under the index's primary key when the document has no such field", () => {
    expect(toMeilisearchDocument({ id: "shirt" }, definition("handle"))).toEqual({ id: "shirt", handle: "shirt" })
  })

  it("refuses a date it cannot read, naming the document and the field", () => {
    const error = captureError(() =>
      toMeilisearchDocument({ id: "prod_1", batches: [{ harvested_at: "last autumn" }] }, definition())
    )

    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain('Document "prod_1" field "batches.harvested_at"')
    expect(error.message).toContain('"last autumn"')
  })

  it("refuses an id Meilisearch would reject, before the batch is sent", () => {
    const error = captureError(() => toMeilisearchDocument({ id: "prod 1/a" }, definition()))

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain('"prod 1/a"')
  })
})

describe("fromMeilisearchDocument", () => {
  it("hands stored epoch milliseconds back as ISO strings", () => {
    const document = fromMeilisearchDocument(
      { id: "prod_1", created_at: Date.UTC(2024, 2, 1), batches: [{ harvested_at: Date.UTC(2023, 9, 2), lot: "A" }] },
      fields
    )

    expect(document).toEqual({
      id: "prod_1",
      created_at: "2024-03-01T00:00:00.000Z",
      batches: [{ harvested_at: "2023-10-02T00:00:00.000Z", lot: "A" }],
    })
  })

  it("round-trips a written document", () => {
    const written = toMeilisearchDocument({ id: "prod_1", created_at: "2024-03-01T00:00:00.000Z" }, definition())

    expect(fromMeilisearchDocument(written, fields)).toEqual({ id: "prod_1", created_at: "2024-03-01T00:00:00.000Z" })
  })
})

describe("fieldLeaves", () => {
  it("lists nested fields as dotted paths, inheriting array-ness and retrievability from their parents", () => {
    expect(fieldLeaves(fields).map(({ path, many, retrievable }) => ({ path, many, retrievable }))).toEqual([
      { path: "id", many: false, retrievable: true },
      { path: "title", many: false, retrievable: true },
      { path: "created_at", many: false, retrievable: true },
      { path: "batches.harvested_at", many: true, retrievable: true },
      { path: "batches.lot", many: true, retrievable: true },
      { path: "secret.note", many: false, retrievable: false },
    ])
  })
})
