/** Median and 95th percentile of a run's samples, in ms. */
export function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number;
  return { median: at(0.5), p95: at(0.95) };
}

const WARMUP = 5;

/**
 * Two measures taken in turns, run by run: a handler and its raw SQL see the
 * same moments of a shared machine, so their ratio does not swing with load
 * that lands on one loop and not the other.
 */
export async function timeInTurns(
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
  runs: number,
): Promise<[{ median: number; p95: number }, { median: number; p95: number }]> {
  for (let i = 0; i < WARMUP; i++) {
    await a();
    await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    sa.push(performance.now() - t);
    t = performance.now();
    await b();
    sb.push(performance.now() - t);
  }
  return [stats(sa), stats(sb)];
}
