/**
 * Departments are typed by hand, so "Cultura", "cultura" and "Cultúra " are
 * one department: compared without case, accents or extra spaces, and shown
 * as most accounts write it.
 */
export const departmentKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('es')
    .replace(/\s+/gu, ' ')
    .trim();

/** For each key, the spelling most accounts use (a tie goes to the one that sorts first). */
export function commonSpellings(names: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const raw of names) {
    const name = raw.replace(/\s+/gu, ' ').trim();
    const key = departmentKey(name);
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of counts) {
    const [best] = [...spellings].sort(([a, n], [b, m]) => m - n || a.localeCompare(b, 'es'));
    out.set(key, best![0]);
  }
  return out;
}
