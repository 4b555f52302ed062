import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type FieldDefinitions = Record<string, SearchTypes.SearchFieldDefinition>

/** A declared field reached by its dotted path, with what its ancestors imply for it. */
export interface FieldLeaf {
  path: string
  field: SearchTypes.SearchFieldDefinition
  /** The leaf holds several values: it is an array, or sits inside an array of objects. */
  many: boolean
  /** False when the leaf or any object above it is declared `retrievable: false`. */
  retrievable: boolean
}

function isRetrievable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.retrievable ?? field.type !== "vector"
}

/**
 * The declared fields as dotted leaf paths, in declaration order. An object field without
 * declared children is a leaf itself: the engine stores it whole.
 */
export function fieldLeaves(fields: FieldDefinitions, prefix = "", parent?: FieldLeaf): FieldLeaf[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const leaf: FieldLeaf = {
      path: prefix + name,
      field,
      many: !!field.array || !!parent?.many,
      retrievable: isRetrievable(field) && (parent?.retrievable ?? true),
    }
    if (field.type === "object" && field.fields) {
      return fieldLeaves(field.fields, `${leaf.path}.`, leaf)
    }
    return [leaf]
  })
}

/** Resolves a dotted path through declared object fields; undefined when nothing is declared there. */
export function findFieldLeaf(fields: FieldDefinitions, path: string): FieldLeaf | undefined {
  return fieldLeaves(fields).find((leaf) => leaf.path === path)
}

export function isNumericField(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.type === "integer" || field.type === "float" || field.type === "date"
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Meilisearch filters and sorts dates as numbers only, so every date is stored as epoch milliseconds. */
export function toEpochMilliseconds(value: unknown, where: string): number {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === "number"
        ? value
        : typeof value === "string"
          ? Date.parse(value)
          : Number.NaN
  if (!Number.isFinite(ms)) {
    invalid(`${where} holds ${JSON.stringify(value)}, which is not a date. Pass a Date, an ISO 8601 string or epoch milliseconds.`)
  }
  return ms
}

type Convert = (value: unknown, path: string) => unknown

function mapValue(value: unknown, field: SearchTypes.SearchFieldDefinition | undefined, path: string, convert: Convert): unknown {
  if (value === null || !field) {
    return value
  }
  if (Array.isArray(value)) {
    return value.map((entry) => mapValue(entry, field, path, convert))
  }
  if (field.type === "date") {
    return convert(value, path)
  }
  if (field.type === "object" && field.fields && typeof value === "object") {
    return mapObject(value as Record<string, unknown>, field.fields, `${path}.`, convert)
  }
  return value
}

function mapObject(source: Record<string, unknown>, fields: FieldDefinitions, prefix: string, convert: Convert) {
  const target: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined) {
      target[key] = mapValue(value, fields[key], prefix + key, convert)
    }
  }
  return target
}

/** Meilisearch accepts only this shape of string as a document id; anything else fails the whole batch later. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/

function primaryKeyValue(document: SearchTypes.SearchDocument, primaryKey: string): string | number {
  const value = document[primaryKey] ?? document.id
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
    return value
  }
  if (typeof value === "string" && DOCUMENT_ID.test(value)) {
    return value
  }
  return invalid(
    `Document primary key "${primaryKey}" is ${JSON.stringify(value)}; Meilisearch needs a non-negative integer ` +
      `or a string of at most 511 letters, digits, "-" and "_".`
  )
}

/**
 * The document as Meilisearch stores it: dates as epoch milliseconds (the engine filters and sorts
 * numbers only), the primary key set under the index's primary key, undefined values dropped.
 */
export function toMeilisearchDocument(
  document: SearchTypes.SearchDocument,
  definition: SearchTypes.ResolvedSearchIndexDefinition
): Record<string, unknown> {
  const id = primaryKeyValue(document, definition.primary_key)
  const mapped = mapObject(document, definition.fields, "", (value, path) =>
    toEpochMilliseconds(value, `Document "${id}" field "${path}"`)
  )
  mapped[definition.primary_key] = id
  return mapped
}

/** Hands dates back as ISO strings, the shape a JSON document had before it was written. */
export function fromMeilisearchDocument(
  document: Record<string, unknown>,
  fields: FieldDefinitions
): Record<string, unknown> {
  return mapObject(document, fields, "", (value) =>
    typeof value === "number" ? new Date(value).toISOString() : value
  )
}
