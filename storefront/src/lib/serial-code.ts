/** The three parts of a package's GS1 code as trace routes take them from a JSON body. */
export interface SerialCode {
  gtin: string
  lot: string
  serial: string
}

const MAX_PART = 40

/** The code in a request body (three strings of 1–40 characters), or null; the backend checks the rest. */
export function serialCodeOf(value: unknown): SerialCode | null {
  if (!value || typeof value !== "object") return null
  const { gtin, lot, serial } = value as Record<string, unknown>
  const parts = [gtin, lot, serial]
  if (!parts.every((part) => typeof part === "string" && part.length > 0 && part.length <= MAX_PART)) return null
  return { gtin: gtin as string, lot: lot as string, serial: serial as string }
}

const SERIAL_PATH = /^\/01\/[^/]+\/10\/[^/]+\/21\/([^/]+)\/?$/

/**
 * The serial of a package's trace address (/01/{gtin}/10/{lot}/21/{serial}), decoded, or null.
 * The serial page is cached per batch, so the browser's address is the only place that holds it.
 */
export function serialFromPath(pathname: string): string | null {
  const encoded = SERIAL_PATH.exec(pathname)?.[1]
  if (!encoded) return null
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null
  }
}
