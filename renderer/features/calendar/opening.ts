import { dayInZone, localDay, localMidnight } from '../../../shared/domain/time';
import type { Settings } from '../../../shared/features/settings/contract';
import { monthSpanOn, type PageData, readPage, sameSpan, sideSpanOn, type Span } from './pageReads';
import { useCalendar } from './store';

/** What the opening reads have answered so far: the page once it is read, and whether the library is. */
export interface Settled {
  page?: PageData;
  library: boolean;
}

/** The reads of the month the app opens on, started as soon as the settings are known. */
let opening: { span: Span; side: Span; data: Promise<PageData>; library: Promise<void>; settled: Settled } | null = null;

/**
 * The calendar is the screen the app opens on, and at a city's size drawing
 * it takes a few hundred ms before FullCalendar asks for its first range:
 * its reads (the month, the side panel, the library) start before that
 * first render instead, and the page takes them up when the grid asks.
 *
 * The ranges are the computer's own zone's month and weeks: its local clock
 * needs no Intl time zone data, whose first load takes tens of ms, so the
 * reads leave at once and that load runs while they travel. Where the
 * computer's zone is not the office's the ranges differ from the grid's and
 * the grid reads its own (takeOpening). Settles once they have all
 * answered or failed.
 */
export function startOpening(settings: Settings): Promise<void> {
  const now = new Date();
  const today = localDay(now);
  const span = monthSpanOn(today, localMidnight);
  const side = sideSpanOn(today, localMidnight);
  const data = readPage(span, {}, side);
  const settled: Settled = { library: false };
  data.then((page) => (settled.page = page), () => undefined);
  const library = useCalendar.getState().loadLibrary();
  void library.then(() => (settled.library = true));
  opening = { span, side, data, library, settled };
  // The zone data loads now, while the reads travel.
  dayInZone(now, settings.timeZone);
  return Promise.allSettled([data, library]).then(() => undefined);
}

/** The opening reads, once, if they are for these ranges (with no filters and nothing changed since). */
export function takeOpening(span: Span, side: Span): { data: Promise<PageData>; library: Promise<void>; settled: Settled } | null {
  const o = opening;
  opening = null;
  return o && sameSpan(o.span, span) && sameSpan(o.side, side) ? o : null;
}
