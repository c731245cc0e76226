import { describe, expect, it } from 'vitest';
import type { PostEvent } from '../../../shared/features/calendar/contract';
import { foldDays, groupHours, roomIn, weekItemBox } from './dayFold';
import { localDay, localMidnight } from '../../../shared/domain/time';
import { monthSpan, monthSpanOn, sameSpan, sideSpan, sideSpanOn, weeksWithin } from './pageReads';

const post = (id: number, when: { at?: string; day?: string }): PostEvent => ({
  id,
  version: 0,
  title: `P${id}`,
  scheduledAt: when.at ?? null,
  scheduledDay: when.day ?? null,
  status: 'draft',
  campaignId: null,
  campaignColor: null,
  changedSinceApproved: false,
  thumbUrl: null,
  mediaCount: 0,
  mediaMissing: false,
  targets: [],
});

describe('foldDays: what a month cell draws', () => {
  // 23:30 UTC on the 11th is already the 12th in Madrid.
  const posts = [post(1, { at: '2027-01-12T09:00:00Z' }), post(2, { at: '2027-01-11T23:30:00Z' }), post(3, { day: '2027-01-12' }), post(4, { at: '2027-01-12T15:00:00Z' }), post(5, { at: '2027-01-13T08:00:00Z' })];

  it('keeps a day whole when it fits, by office day, whole-day posts first and then by time', () => {
    const { shown, folded } = foldDays(posts, new Map(), 4, 'Europe/Madrid');
    expect(shown.map((p) => p.id)).toEqual([3, 2, 1, 4, 5]);
    expect(folded).toEqual([]);
  });

  it('draws one less than the room on a busy day and counts the rest behind "+N", listing the whole day', () => {
    const { shown, folded } = foldDays(posts, new Map(), 3, 'Europe/Madrid');
    expect(shown.map((p) => p.id)).toEqual([3, 2, 5]);
    expect(folded.map((f) => ({ day: f.day, hidden: f.hidden, posts: f.posts.map((p) => p.id) }))).toEqual([{ day: '2027-01-12', hidden: 2, posts: [3, 2, 1, 4] }]);
  });

  it("lets the day's marks take room first, and always leaves the \"+N\" a place", () => {
    const { shown, folded } = foldDays(posts, new Map([['2027-01-12', 3]]), 3, 'Europe/Madrid');
    expect(shown.map((p) => p.id)).toEqual([5]);
    expect(folded.map((f) => [f.day, f.hidden])).toEqual([['2027-01-12', 4]]);
  });

  it('fits items to the cell: the day number on top, a short "+N" line at the foot, never fewer than two places', () => {
    expect(roomIn(121, 36)).toBe(3);
    expect(roomIn(157, 36)).toBe(4);
    expect(roomIn(40, 36)).toBe(2);
  });
});

describe('weeksWithin: one cadence report cut for the grid and the side panel', () => {
  const week = (startDay: string) => ({ week: startDay, startDay, count: 0, target: 1, state: 'silent' as const });
  const report = {
    weeks: ['2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18'].map((d) => ({ week: d, startDay: d, endDay: d })),
    accounts: [{ accountId: 1, network: 'x', handle: 'a', displayName: '', target: 1, weeks: ['2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18'].map(week) }],
  };

  it('keeps the weeks that touch the range, also one that began the month before', () => {
    const cut = weeksWithin(report, '2027-01-01', '2027-01-12');
    expect(cut.weeks.map((w) => w.startDay)).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
    expect(cut.accounts[0]!.weeks.map((w) => w.startDay)).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
  });
});

describe('a week hour at a city size', () => {
  const MADRID = 'Europe/Madrid';
  it('draws up to two posts of an hour and counts a busier hour in one box, by office hour', () => {
    // 9:00–9:59 in Madrid in winter is 8:00–8:59 UTC.
    const posts = [post(1, { at: '2027-01-14T08:00:00Z' }), post(2, { at: '2027-01-14T08:45:00Z' }), post(3, { at: '2027-01-14T09:00:00Z' }), post(4, { at: '2027-01-14T09:30:00Z' }), post(5, { at: '2027-01-14T09:15:00Z' }), post(6, { at: '2027-01-14T07:59:00Z' })];
    const { shown, busy } = groupHours(posts, 2, MADRID);
    expect(shown.map((p) => p.id)).toEqual([1, 2, 6]);
    expect(busy).toEqual([{ day: '2027-01-14', hour: 10, posts: [posts[2], posts[4], posts[3]] }]);
    // A third post at 9:00 makes that hour busy too.
    expect(groupHours([...posts, post(7, { at: '2027-01-14T08:30:00Z' })], 2, MADRID).busy.map((b) => [b.hour, b.posts.map((p) => p.id)])).toEqual([
      [9, [1, 7, 2]],
      [10, [3, 5, 4]],
    ]);
  });

  it('boxes a post across its office hour, in whole and in half-hour zones', () => {
    expect(weekItemBox('2027-01-14T08:45:00Z', MADRID)).toEqual({ start: '2027-01-14T08:00:00.000Z', end: '2027-01-14T09:00:00.000Z' });
    expect(weekItemBox('2027-07-14T07:05:30Z', MADRID)).toEqual({ start: '2027-07-14T07:00:00.000Z', end: '2027-07-14T08:00:00.000Z' });
    // 10:20 in Kolkata (UTC+5:30) is in the hour from 10:00, that is 4:30 UTC.
    expect(weekItemBox('2027-01-14T04:50:00Z', 'Asia/Kolkata')).toEqual({ start: '2027-01-14T04:30:00.000Z', end: '2027-01-14T05:30:00.000Z' });
  });
});

describe('the month the calendar opens on', () => {
  it('is the office month of now, midnight to midnight, as the grid asks for it', () => {
    // 00:30 on 1 July in Madrid is still 30 June in UTC.
    expect(monthSpan('Europe/Madrid', new Date('2026-06-30T22:30:00Z'))).toEqual({ from: '2026-06-30T22:00:00.000Z', to: '2026-07-31T22:00:00.000Z', fromDay: '2026-07-01', toDay: '2026-07-31' });
    // March 2027 in Madrid starts in winter time and ends in summer time; February is short.
    expect(monthSpan('Europe/Madrid', new Date('2027-03-15T10:00:00Z'))).toEqual({ from: '2027-02-28T23:00:00.000Z', to: '2027-03-31T22:00:00.000Z', fromDay: '2027-03-01', toDay: '2027-03-31' });
    expect(monthSpan('Europe/Madrid', new Date('2027-02-10T10:00:00Z'))).toMatchObject({ fromDay: '2027-02-01', toDay: '2027-02-28' });
  });
});

describe("the opening's ranges, read off the computer's own clock", () => {
  /** Runs `fn` with the process's zone set to `zone` (Node reads TZ again when it changes). */
  function inZone<T>(zone: string, fn: () => T): T {
    const was = process.env.TZ;
    process.env.TZ = zone;
    try {
      return fn();
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  }
  const nows = ['2026-06-30T22:30:00Z', '2027-03-28T01:30:00Z', '2026-10-25T00:30:00Z', '2026-11-30T23:30:00Z', '2027-02-01T08:00:00Z'].map((s) => new Date(s));

  it("are the office's when the computer is in the office's zone, across clock changes and month edges", () => {
    for (const now of nows) {
      const local = inZone('Europe/Madrid', () => ({ month: monthSpanOn(localDay(now), localMidnight), side: sideSpanOn(localDay(now), localMidnight) }));
      expect(local.month).toEqual(monthSpan('Europe/Madrid', now));
      expect(local.side).toEqual(sideSpan('Europe/Madrid', now));
    }
  });

  it("differ from the office's when the computer is elsewhere, so the grid reads its own", () => {
    const now = new Date('2026-11-30T23:30:00Z');
    const local = inZone('America/New_York', () => monthSpanOn(localDay(now), localMidnight));
    expect(local.fromDay).toBe('2026-11-01');
    expect(sameSpan(local, monthSpan('Europe/Madrid', now))).toBe(false);
  });
});
