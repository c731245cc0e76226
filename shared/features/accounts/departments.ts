const fold = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('es')
    .replace(/\s+/gu, ' ')
    .trim();

/** Keys already worked out: a town hall types a few dozen spellings, and the summary and the filters fold every account's. */
const keys = new Map<string, string>();
const MAX_KEYS = 4096;

/**
 * Departments are typed by hand, so "Cultura", "cultura" and "Cultúra " are
 * one department: compared without case, accents or extra spaces, and shown
 * as most accounts write it.
 */
export function departmentKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, (key = fold(name)));
  }
  return key;
}

/** For each key, the spelling most accounts use (a tie goes to the one that sorts first). */
export function commonSpellings(names: string[]): Map<string, string> {
  // A city's accounts repeat a few dozen spellings: each is tidied and folded once.
  const typed = new Map<string, number>();
  for (const raw of names) typed.set(raw, (typed.get(raw) ?? 0) + 1);
  const counts = new Map<string, Map<string, number>>();
  for (const [raw, n] of typed) {
    const name = raw.replace(/\s+/gu, ' ').trim();
    const key = departmentKey(name);
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + n);
    counts.set(key, spellings);
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of counts) {
    const [best] = [...spellings].sort(([a, n], [b, m]) => m - n || a.localeCompare(b, 'es'));
    out.set(key, best![0]);
  }
  return out;
}
