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

/** How many distinct characters (by a 32-bit mask of their codes) of a are absent from b. */
function missing(a: string, b: string): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < a.length; i++) ma |= 1 << (a.charCodeAt(i) & 31);
  for (let i = 0; i < b.length; i++) mb |= 1 << (b.charCodeAt(i) & 31);
  let bits = ma & ~mb;
  let count = 0;
  while (bits !== 0) {
    bits &= bits - 1;
    count++;
  }
  return count;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance, giving up (returning max + 1) once it exceeds max.
 * Only the diagonal band |i - j| <= max can stay within max, so each row
 * fills 2 max + 1 cells, in two reused buffers (the summary calls this for
 * thousands of pairs).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // A shared prefix and suffix cost nothing: compare only what differs.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (start > 0 || endA < a.length || endB < b.length) {
    a = a.slice(start, endA);
    b = b.slice(start, endB);
  }
  // Each character one string has and the other lacks costs at least one edit.
  if (missing(a, b) > max || missing(b, a) > max) return max + 1;
  const n = b.length;
  const over = max + 1;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    cur[from - 1] = from === 1 && i <= max ? i : over;
    let best = cur[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const diag = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = j <= i - 1 + max ? prev[j]! + 1 : over;
      const left = cur[j - 1]! + 1;
      let v = diag < up ? diag : up;
      if (left < v) v = left;
      if (v > over) v = over;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (to < n) cur[to + 1] = over;
    if (best > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n]!, over);
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

/**
 * Groups of similar handles among items (same result as
 * `groupPairs(items, (a, b) => similarNormalized(norm(a), norm(b)))`), near
 * linear: two handles can only be similar when their lengths differ by at most
 * 2, so handles are sorted by length and each is compared only with the
 * window of handles at most 2 characters longer. Normalise once before.
 */
export function groupSimilar<T>(items: T[], norm: (item: T) => string): T[][] {
  const norms = items.map(norm);
  const order = items.map((_, i) => i).filter((i) => norms[i] !== '');
  order.sort((i, j) => norms[i]!.length - norms[j]!.length || i - j);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    const x = norms[i]!;
    for (let q = p + 1; q < order.length; q++) {
      const j = order[q]!;
      const y = norms[j]!;
      if (y.length - x.length > 2) break;
      if (find(i) !== find(j) && similarNormalized(x, y)) parent[find(i)] = find(j);
    }
  }
  return groupsOf(items, find);
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
  return groupsOf(items, find);
}

/** The groups of two or more, each in item order, ordered by their first item. */
function groupsOf<T>(items: T[], find: (i: number) => number): T[][] {
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
