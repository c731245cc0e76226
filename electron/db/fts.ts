/**
 * The words of what a person typed, as search takes them: split on anything
 * but letters, digits, `#`, `@` and `_`, a leading `#`/`@` dropped (a hashtag
 * finds its word), at most 12. Both engines search with these words.
 */
export function searchWords(input: string): string[] {
  return input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}#@_]+/u)
    .map((w) => w.replace(/^[#@]+/, ''))
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * Turn what a person types into a safe FTS5 MATCH expression: every word is
 * quoted (so operators and quotes in the input mean nothing) and matched as a
 * prefix. Tables use `tokenize = 'unicode61 remove_diacritics 2'`, so
 * "camion" finds "camión". Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}
