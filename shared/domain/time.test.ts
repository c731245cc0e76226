import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, dayNumber, daysOf, isoWeek, localToInstant, mondayOf, nowLocal, rangeOfDays, rangeOfInstants, startOfDayInZone, todayIn } from './time';

const MADRID = 'Europe/Madrid';

describe('office days', () => {
  it('adds days across a month end, a year end and a leap day', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-10-25', 0)).toBe('2026-10-25');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('counts days since 1970 so that a difference is the days between, over clock changes too', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-01')).toBe(29);
  });

  it('lists every day of a span, both ends included', () => {
    expect(daysOf('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysOf('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(daysOf('2026-05-04', '2026-05-04')).toEqual(['2026-05-04']);
    expect(daysOf('2026-05-05', '2026-05-04')).toEqual([]);
  });

  it('finds the Monday of a week that began in the previous month or year', () => {
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2027-01-04')).toBe('2027-01-04');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
    expect(mondayOf('2026-06-01')).toBe('2026-06-01');
    expect(mondayOf('2026-06-07')).toBe('2026-06-01');
  });

  it('labels ISO weeks whose Thursday is in another year', () => {
    expect(isoWeek('2026-12-28')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2026-01-04')).toBe('2026-W01');
    expect(isoWeek('2026-01-05')).toBe('2026-W02');
    expect(isoWeek('2026-06-01')).toBe('2026-W23');
  });
});

describe('days and instants in the office time zone', () => {
  it('tells the day of an instant in Madrid around midnight, in winter and in summer', () => {
    expect(dayInZone('2026-12-31T22:59:59.999Z', MADRID)).toBe('2026-12-31');
    expect(dayInZone('2026-12-31T23:00:00.000Z', MADRID)).toBe('2027-01-01');
    expect(dayInZone('2026-07-31T21:59:59Z', MADRID)).toBe('2026-07-31');
    expect(dayInZone(new Date('2026-07-31T22:00:00Z'), MADRID)).toBe('2026-08-01');
    expect(dayInZone('2026-07-31T22:00:00Z', 'UTC')).toBe('2026-07-31');
  });

  it('takes today from the clock it is given', () => {
    expect(todayIn(MADRID, new Date('2027-01-01T09:00:00Z'))).toBe('2027-01-01');
    expect(todayIn(MADRID, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('America/New_York', new Date('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
  });

  it('puts the midnight of a Madrid day at 23:00 or 22:00 UTC of the day before, the days of both clock changes included', () => {
    expect(startOfDayInZone('2027-01-01', MADRID)).toBe('2026-12-31T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-29', MADRID)).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', MADRID)).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayInZone('2026-10-25', MADRID)).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayInZone('2026-10-26', MADRID)).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads a datetime-local value in Madrid, seconds allowed, the clock changes moving the hour', () => {
    expect(localToInstant('2027-01-01T10:00', MADRID)).toBe('2027-01-01T09:00:00.000Z');
    expect(localToInstant('2026-07-15T09:30', MADRID)).toBe('2026-07-15T07:30:00.000Z');
    expect(localToInstant('2026-10-25T12:05:09', MADRID)).toBe('2026-10-25T11:05:00.000Z');
    expect(localToInstant('2026-10-25T12:05:09.5', MADRID)).toBe('2026-10-25T11:05:00.000Z');
    expect(localToInstant('2026-10-25T12:05:09.500', MADRID)).toBe('2026-10-25T11:05:00.000Z');
    // 02:30 does not exist on the spring day: it lands an hour later, at 03:30 summer time.
    expect(localToInstant('2026-03-29T02:30', MADRID)).toBe('2026-03-29T01:30:00.000Z');
    expect(localToInstant('2026-03-29T03:00', MADRID)).toBe('2026-03-29T01:00:00.000Z');
    expect(localToInstant('2026-03-29T01:59', MADRID)).toBe('2026-03-29T00:59:00.000Z');
  });

  it('refuses an incomplete or padded datetime-local value', () => {
    expect(localToInstant('2027-01-01', MADRID)).toBeNull();
    expect(localToInstant('2027-01-01T10', MADRID)).toBeNull();
    expect(localToInstant('2027-01-01T10:00Z', MADRID)).toBeNull();
    expect(localToInstant(' 2027-01-01T10:00', MADRID)).toBeNull();
    expect(localToInstant('2027-01-01T10:00:5', MADRID)).toBeNull();
    expect(localToInstant('2027-01-01T10:00:05.', MADRID)).toBeNull();
    expect(localToInstant('', MADRID)).toBeNull();
  });

  it('writes now as a Madrid datetime-local value, on both sides of the autumn change and a year end', () => {
    expect(nowLocal(MADRID, new Date('2026-10-25T00:59:00Z'))).toBe('2026-10-25T02:59');
    expect(nowLocal(MADRID, new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25T02:00');
    expect(nowLocal(MADRID, new Date('2026-12-31T23:05:00Z'))).toBe('2027-01-01T00:05');
    expect(nowLocal(MADRID, new Date('2026-03-09T08:07:00Z'))).toBe('2026-03-09T09:07');
  });

  it('gives a range of instants the office days it touches, an end at midnight not taking the next day', () => {
    expect(rangeOfInstants('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', MADRID)).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
      fromDay: '2026-03-29',
      toDay: '2026-03-29',
    });
    expect(rangeOfInstants('2026-12-28T00:00:00+01:00', '2027-01-04T00:00:00+01:00', MADRID)).toEqual({
      from: '2026-12-27T23:00:00.000Z',
      to: '2027-01-03T23:00:00.000Z',
      fromDay: '2026-12-28',
      toDay: '2027-01-03',
    });
    expect(rangeOfInstants('2026-10-25T10:00:00Z', '2026-10-25T10:00:00.001Z', MADRID)).toEqual({
      from: '2026-10-25T10:00:00.000Z',
      to: '2026-10-25T10:00:00.001Z',
      fromDay: '2026-10-25',
      toDay: '2026-10-25',
    });
    // An empty range is the day of its start.
    expect(rangeOfInstants('2026-03-28T23:00:00Z', '2026-03-28T23:00:00Z', MADRID).toDay).toBe('2026-03-29');
  });

  it('gives office days the instants from the first midnight to the midnight after the last', () => {
    expect(rangeOfDays('2026-10-25', '2026-10-25', MADRID)).toEqual({
      from: '2026-10-24T22:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
      fromDay: '2026-10-25',
      toDay: '2026-10-25',
    });
    expect(rangeOfDays('2026-12-28', '2027-01-03', MADRID)).toEqual({
      from: '2026-12-27T23:00:00.000Z',
      to: '2027-01-03T23:00:00.000Z',
      fromDay: '2026-12-28',
      toDay: '2027-01-03',
    });
  });
});
