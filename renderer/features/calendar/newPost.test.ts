import { describe, expect, it } from 'vitest';
import { newPostDefault, newPostOn } from './newPost';

const MADRID = 'Europe/Madrid';

describe('where a new post starts', () => {
  it('on a chosen day: 10:00 office time, in summer and in winter time', () => {
    expect(newPostOn('2027-07-15', MADRID)).toEqual({ scheduledAt: '2027-07-15T08:00:00.000Z' });
    expect(newPostOn('2027-01-15', MADRID)).toEqual({ scheduledAt: '2027-01-15T09:00:00.000Z' });
    // The days the clocks change (28 March 2027 forward, 31 October 2027 back).
    expect(newPostOn('2027-03-28', MADRID)).toEqual({ scheduledAt: '2027-03-28T08:00:00.000Z' });
    expect(newPostOn('2027-10-31', MADRID)).toEqual({ scheduledAt: '2027-10-31T09:00:00.000Z' });
  });

  it('with no day chosen: tomorrow in office days, not 24 hours on, across a clock change', () => {
    // 00:30 on 31 October 2027, a 25-hour day: 24 hours on is still the 31st.
    expect(newPostDefault(MADRID, new Date('2027-10-30T22:30:00Z'))).toEqual({ scheduledAt: '2027-11-01T09:00:00.000Z' });
    // 23:30 on 27 March 2027: the next day has 23 hours, and 24 hours on is already the 29th.
    expect(newPostDefault(MADRID, new Date('2027-03-27T22:30:00Z'))).toEqual({ scheduledAt: '2027-03-28T08:00:00.000Z' });
    // An ordinary evening, and the office's midnight that is still yesterday in UTC.
    expect(newPostDefault(MADRID, new Date('2027-01-01T09:00:00Z'))).toEqual({ scheduledAt: '2027-01-02T09:00:00.000Z' });
    expect(newPostDefault(MADRID, new Date('2027-01-01T23:30:00Z'))).toEqual({ scheduledAt: '2027-01-03T09:00:00.000Z' });
    expect(newPostDefault('America/New_York', new Date('2027-01-02T03:00:00Z'))).toEqual({ scheduledAt: '2027-01-02T15:00:00.000Z' });
  });
});
