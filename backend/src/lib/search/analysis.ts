import { SEARCH_SYNONYMS } from "@seleno/domain"
import { pinyin } from "pinyin-pro"

/**
 * Text analysis for Chinese product search. PostgreSQL's parser reads a run of Chinese characters
 * as one word, so "紫阳富硒茶" would only ever match the whole run. Documents therefore carry their
 * Chinese text as single characters (with positions, so ranking rewards characters that stand
 * together) plus bigrams, and queries are split the same way before they reach the engine.
 */

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g
const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/** Longest run of pinyin syllables indexed as one joined token ("ziyangfuxi"). */
const MAX_PINYIN_NGRAM = 4

export function hasChinese(text: string): boolean {
  return CJK_CHAR.test(text)
}

function chineseRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? []
}

/** "紫阳富硒茶" → "紫 阳 富 硒 茶"; Latin words are left as they are. */
export function splitChinese(text: string): string {
  return text.replace(CJK_RUN, (run) => ` ${[...run].join(" ")} `).replace(/\s+/g, " ").trim()
}

/** Adjacent character pairs of each Chinese run: "紫阳富" → ["紫阳", "阳富"]. */
export function chineseBigrams(text: string): string[] {
  const grams: string[] = []
  for (const run of chineseRuns(text)) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!)
  }
  return grams
}

/** What the Chinese field of a document holds: its characters in order, then its bigrams. */
export function chineseGrams(texts: readonly (string | null | undefined)[]): string {
  const present = texts.filter((t): t is string => Boolean(t))
  return [...present.map((t) => splitChinese(t.replace(/[^\u3400-\u9fff\uf900-\ufaff]+/g, " "))), ...present.flatMap(chineseBigrams)]
    .filter(Boolean)
    .join(" ")
}

function joinedNgrams(parts: readonly string[], max: number, min = 1): string[] {
  const out: string[] = []
  for (let n = min; n <= Math.min(max, parts.length); n++) {
    for (let i = 0; i + n <= parts.length; i++) out.push(parts.slice(i, i + n).join(""))
  }
  return out
}

/**
 * Pinyin tokens for each Chinese run: syllables and joined runs of them ("zi", "ziyang",
 * "ziyangfu" …) and runs of initials ("zy", "zyf" …), so "ziyang", "zi yang" and "zy" all match 紫阳.
 */
export function pinyinTokens(texts: readonly (string | null | undefined)[]): string {
  const tokens = new Set<string>()
  for (const text of texts) {
    for (const run of chineseRuns(text ?? "")) {
      const syllables = pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => s.toLowerCase())
      const initials = syllables.map((s) => s[0] ?? "")
      for (const token of joinedNgrams(syllables, MAX_PINYIN_NGRAM)) tokens.add(token)
      for (const token of joinedNgrams(initials, run.length, 2)) tokens.add(token)
    }
  }
  return [...tokens].join(" ")
}

const normalize = (text: string) => text.toLowerCase().normalize("NFKC")

/** Every synonym of every group that one of the texts mentions, so any member finds the product. */
export function synonymTerms(texts: readonly (string | null | undefined)[]): string[] {
  const haystack = normalize(texts.filter(Boolean).join(" "))
  const terms = new Set<string>()
  for (const group of SEARCH_SYNONYMS) {
    if (group.some((word) => haystack.includes(normalize(word)))) for (const word of group) terms.add(word)
  }
  return [...terms]
}

/** Longest query a shopper may send, in characters. */
export const MAX_QUERY_LENGTH = 200

/**
 * A shopper's query as the PostgreSQL engine should see it: Chinese split into characters (all
 * must occur, nearness ranks), Latin words lower-cased. Punctuation and SQL are plain text: the
 * engine binds the query as a parameter and `plainto_tsquery` ignores operators.
 */
export function postgresQueryText(q: string | undefined): string | undefined {
  const trimmed = q?.trim()
  if (!trimmed) return undefined
  return splitChinese(normalize(trimmed))
}
