/**
 * What no Seleno or Medusa route can use, refused before any of them runs (pure; no I/O).
 *
 * A NUL byte reaches PostgreSQL as an invalid string and a negative `limit` as an invalid LIMIT:
 * both surfaced as 500s from deep inside Medusa. One rule, applied to every request by
 * api/middlewares/request-hygiene.ts, answers 400 with the parameter to fix instead.
 */

// C0 controls and DEL; tab, newline and carriage return are ordinary text in a body, never in a URL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_CONTROL = /[\u0000-\u001f\u007f]/
const NUL = "\u0000"

/** Paging parameters Medusa reads, and the largest values a client may ask for. */
export const PAGING_LIMITS = {
  // Medusa's own admin asks for up to 9,999 rows (e.g. every region or sales channel).
  limit: 10_000,
  offset: 10_000_000,
} as const

export interface HygieneProblem {
  code: "control_character" | "paging_invalid"
  message: string
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "))
  } catch {
    return null
  }
}

/** `text` cut at the first `separator`: what comes after it, later separators included, stays whole. */
function cutAt(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)]
}

/** A control character in the path or the query string (after percent-decoding), or bad paging. */
export function urlProblem(originalUrl: string): HygieneProblem | null {
  const [path, query] = cutAt(originalUrl, "?")
  const pathText = decoded(path)
  if (pathText === null || URL_CONTROL.test(pathText)) {
    return { code: "control_character", message: "The address contains a control character (such as NUL) or broken percent-encoding; remove it and try again" }
  }
  for (const pair of query.split("&").filter(Boolean)) {
    const [rawKey, rawValue] = cutAt(pair, "=")
    const key = decoded(rawKey)
    const value = decoded(rawValue)
    if (key === null || value === null || URL_CONTROL.test(key) || URL_CONTROL.test(value)) {
      return { code: "control_character", message: `Query parameter ${JSON.stringify(key ?? rawKey)} contains a control character (such as NUL) or broken percent-encoding; remove it and try again` }
    }
    if (key in PAGING_LIMITS) {
      const max = PAGING_LIMITS[key as keyof typeof PAGING_LIMITS]
      if (!/^\d+$/.test(value) || Number(value) > max) {
        return { code: "paging_invalid", message: `${key} must be a whole number from 0 to ${max}; got ${JSON.stringify(value)}` }
      }
    }
  }
  return null
}

/** The path (like `items[0].title`) of the first string or key in a parsed JSON body holding a NUL. */
export function nulInBody(body: unknown, at = "body"): string | null {
  if (typeof body === "string") return body.includes(NUL) ? at : null
  if (Array.isArray(body)) {
    for (const [i, value] of body.entries()) {
      const found = nulInBody(value, `${at}[${i}]`)
      if (found) return found
    }
    return null
  }
  if (body && typeof body === "object" && !Buffer.isBuffer(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (key.includes(NUL)) return `${at} key ${JSON.stringify(key)}`
      const found = nulInBody(value, at === "body" ? key : `${at}.${key}`)
      if (found) return found
    }
  }
  return null
}
