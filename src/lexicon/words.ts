// Building regular expressions from word lists: the one place the lexicon turns words into patterns.

/** Escape a word for use inside a regular expression. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One alternation of `words`, longest first (so `人次` wins over `人`), escaped, as a pattern
 * source without a group: use it inside `(?:…)`.
 */
export function anyOf(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeWord).join('|');
}

/** A regular expression matching any of `words` (longest first), with optional anchoring. */
export function wordsRe(words: readonly string[], options: { at?: 'start' | 'end' | 'whole'; flags?: string } = {}): RegExp {
  const body = `(?:${anyOf(words)})`;
  const source = options.at === 'start' ? `^${body}` : options.at === 'end' ? `${body}$` : options.at === 'whole' ? `^${body}$` : body;
  return new RegExp(source, options.flags ?? '');
}
