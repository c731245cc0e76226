/**
 * Near-identical handles ("@Turismo_Villanueva" and "turismovillanueva", or
 * "deportes.villa" and "deportesvilla1") are usually the same office opening a
 * second account. Pure helpers for the summary's duplicate list.
 */

/** Lower case, no accents, no @ and no separators (space . _ -). */
export function normalizeHandle(handle: string): string {
  return handle
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^@+/u, '')
    .replace(/[\s._\-@/]+/gu, '');
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Same once normalised, or one edit apart (two for long handles); very short handles only when equal. */
export function similarHandles(a: string, b: string): boolean {
  return similarNormalized(normalizeHandle(a), normalizeHandle(b));
}

/** The same test on handles already passed through normalizeHandle (the summary compares many pairs). */
export function similarNormalized(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5) return false;
  return editDistance(x, y, shorter >= 12 ? 2 : 1) <= (shorter >= 12 ? 2 : 1);
}

/** Group items into sets joined by a pairwise relation (union-find); only groups of two or more. */
export function groupPairs<T>(items: T[], related: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (related(items[i]!, items[j]!)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
