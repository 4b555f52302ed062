/** A piece of text, marked when it matches the shopper's query. */
export interface Segment {
  text: string
  match: boolean
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/**
 * Splits `text` into plain and matching segments for `query`: Chinese queries mark their longest
 * runs found in the text (紫阳 in 紫阳毛尖), Latin words mark case-insensitively. Pinyin and
 * synonym matches have nothing to mark in the text and leave it plain.
 */
export function highlight(text: string, query: string): Segment[] {
  const terms = queryTerms(query)
  if (!terms.length) return [{ text, match: false }]
  const marked = new Array<boolean>(text.length).fill(false)
  const lower = text.toLowerCase()
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      for (let i = at; i < at + term.length; i++) marked[i] = true
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) last.text += text[i]
    else segments.push({ text: text[i]!, match: marked[i]! })
  }
  return segments
}

/** Latin words (two letters or more) and every substring of each Chinese run, longest first. */
function queryTerms(query: string): string[] {
  const terms = new Set<string>()
  for (const word of query.toLowerCase().split(/[\s,，。、]+/)) {
    if (!word) continue
    if (!CJK.test(word)) {
      if (word.length >= 2) terms.add(word)
      continue
    }
    const chars = [...word].filter((c) => CJK.test(c))
    for (let n = chars.length; n >= 1; n--) for (let i = 0; i + n <= chars.length; i++) terms.add(chars.slice(i, i + n).join(""))
  }
  return [...terms].sort((a, b) => b.length - a.length)
}
