/** Edit distance between two words (insert, delete, substitute, swap of neighbours count 1). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[a.length]![b.length]!
}

/** Typos allowed for a word of this length: none below 4 letters, one up to 7, two from 8 (the index's settings). */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2
}

/**
 * The query with each Latin word that is not in the vocabulary replaced by the closest word that
 * is, within the allowed typos ("selenuim" → "selenium", "konjak" → "konjac"); words with no close
 * match, Chinese and numbers stay as typed. Returns undefined when nothing changed.
 */
export function correctSpelling(query: string, vocabulary: ReadonlySet<string>): string | undefined {
  let changed = false
  const words = query.split(/\s+/).map((word) => {
    if (!/^[a-z]+$/.test(word) || vocabulary.has(word)) return word
    const limit = allowedTypos(word)
    let best: { word: string; distance: number } | undefined
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > limit) continue
      const distance = editDistance(word, candidate)
      if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  return changed ? words.join(" ") : undefined
}

/**
 * A word a misspelt query can be corrected to: a run of three Latin letters or more. One pattern
 * for JavaScript and for PostgreSQL's regular expressions, so the provider's vocabulary query and
 * the words it adds as it writes read text the same way.
 */
export const LATIN_WORD_PATTERN = "[A-Za-z]{3,}"

/** The correctable words of a text, lower-cased. */
export function latinWords(text: string): string[] {
  return (text.match(new RegExp(LATIN_WORD_PATTERN, "g")) ?? []).map((word) => word.toLowerCase())
}
