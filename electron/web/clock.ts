/**
 * A clock that starts at a chosen instant and then runs at the real pace, so
 * the harness can be put on any day (a week across two months, a DST change)
 * while incident clocks and "due in 10 minutes" still tick.
 */
export function clockFrom(start: Date, realNow: () => number = Date.now): () => Date {
  const offset = start.getTime() - realNow();
  return () => new Date(realNow() + offset);
}

/** `--now` takes an ISO instant with its offset or Z; anything else is refused. */
export function parseNow(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
