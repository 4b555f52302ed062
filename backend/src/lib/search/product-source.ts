import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { loadStandardBook } from "../../workflows/certification/standard-book"
import { ENGLISH, toProductSearchDocument, type BrandNode, type EnglishTexts, type ProductRow } from "./product-document"

type Row = Record<string, unknown>
const rowsOf = (data: unknown) => data as Row[]

/** Every brand with its parent and English name: the tree is small and each page of products needs it. */
async function loadBrands(query: RemoteQueryFunction): Promise<Map<string, BrandNode>> {
  const fields = ["id", "handle", "name", "parent.id"]
  const [{ data: zh }, { data: en }] = await Promise.all([
    query.graph({ entity: "brand", fields }),
    query.graph({ entity: "brand", fields: ["id", "name"] }, { locale: ENGLISH }),
  ])
  const english = new Map(rowsOf(en).map((b) => [String(b.id), String(b.name)]))
  return new Map(
    rowsOf(zh).map((b) => [
      String(b.id),
      { id: String(b.id), handle: String(b.handle), name: String(b.name), parent_id: ((b.parent as Row | null)?.id as string | undefined) ?? null, name_en: english.get(String(b.id)) },
    ])
  )
}

/** English titles, descriptions and category names of a page of products, through the Translation Module. */
async function loadEnglish(query: RemoteQueryFunction, productIds: string[]): Promise<EnglishTexts> {
  const texts: EnglishTexts = new Map()
  if (!productIds.length) return texts
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "title", "description", "categories.id", "categories.name"], filters: { id: productIds } },
    { locale: ENGLISH }
  )
  for (const p of rowsOf(data)) {
    texts.set(String(p.id), { title: String(p.title ?? ""), description: String(p.description ?? "") })
    for (const c of (p.categories as Row[] | null) ?? []) if (c) texts.set(String(c.id), { name: String(c.name ?? "") })
  }
  return texts
}

/** Turns a page of product rows into search documents, reading brands, English texts and the standards once per page. */
export async function toProductSearchDocuments(rows: ProductRow[], query: RemoteQueryFunction) {
  const [brands, english, standards] = await Promise.all([loadBrands(query), loadEnglish(query, rows.map((r) => r.id)), loadStandardBook(query)])
  const at = new Date()
  return rows.map((row) => toProductSearchDocument(row, brands, english, standards, at))
}

/** Product ids an event touches, for events about things around a product (variant, certificate, brand …). */
export async function productIdsFor(query: RemoteQueryFunction, entity: string, id: string | string[], field: string): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: [`${field}.id`], filters: { id } })
  return rowsOf(data).flatMap((row) => {
    const linked = row[field] as Row | Row[] | null | undefined
    return (Array.isArray(linked) ? linked : linked ? [linked] : []).map((p) => String(p.id))
  })
}
