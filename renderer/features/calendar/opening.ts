import type { Settings } from '../../../shared/features/settings/contract';
import { monthSpan, type PageData, readPage, sideSpan, type Span } from './pageReads';
import { useCalendar } from './store';

/** What the opening reads have answered so far: the page once it is read, and whether the library is. */
export interface Settled {
  page?: PageData;
  library: boolean;
}

/** The reads of the month the app opens on, started as soon as the settings are known. */
let opening: { span: Span; data: Promise<PageData>; library: Promise<void>; settled: Settled } | null = null;

/**
 * The calendar is the screen the app opens on, and at a city's size drawing
 * it takes a few hundred ms before FullCalendar asks for its first range:
 * its reads (the month, the side panel, the library) start before that
 * first render instead, and the page takes them up when the grid asks.
 */
export function startOpening(settings: Settings): void {
  const now = new Date();
  const span = monthSpan(settings.timeZone, now);
  const data = readPage(span, {}, sideSpan(settings.timeZone, now));
  const settled: Settled = { library: false };
  data.then((page) => (settled.page = page), () => undefined);
  const library = useCalendar.getState().loadLibrary();
  void library.then(() => (settled.library = true));
  opening = { span, data, library, settled };
}

/** The opening reads, once, if they are for this range (with no filters and nothing changed since). */
export function takeOpening(span: Span): { data: Promise<PageData>; library: Promise<void>; settled: Settled } | null {
  const o = opening;
  opening = null;
  return o && o.span.from === span.from && o.span.to === span.to ? o : null;
}
