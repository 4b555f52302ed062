import { PRODUCT_SORTS, type ProductSort } from "@seleno/domain"

type Params = Record<string, string | string[] | undefined>

export function firstParam(params: Params, key: string): string | undefined {
  const value = params[key]
  return Array.isArray(value) ? value[0] : value
}

export function readSort(params: Params): ProductSort {
  const value = firstParam(params, "sort")
  return (PRODUCT_SORTS as readonly string[]).includes(value ?? "") ? (value as ProductSort) : "newest"
}

export function readPage(params: Params): number {
  const page = Number(firstParam(params, "page") ?? "1")
  return Number.isInteger(page) && page >= 1 ? page : 1
}

/** `?certified=1`: list only products that carry the 富硒认证 badge. */
export function readCertifiedOnly(params: Params): boolean {
  return firstParam(params, "certified") === "1"
}

/** The listing options a catalogue page reads from its query string. */
export function readCatalogQuery(params: Params): { sort: ProductSort; page: number; certifiedOnly: boolean } {
  return { sort: readSort(params), page: readPage(params), certifiedOnly: readCertifiedOnly(params) }
}
