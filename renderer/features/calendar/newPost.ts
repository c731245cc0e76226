import { addDays, localToInstant, todayIn } from '../../../shared/domain/time';

/** The office time a new post starts at on the day it is put. */
const NEW_POST_TIME = '10:00';

/** A new post on a day: 10:00 office time, whatever clock change the day has. */
export const newPostOn = (day: string, timeZone: string): { scheduledAt: string } => ({ scheduledAt: localToInstant(`${day}T${NEW_POST_TIME}`, timeZone)! });

/**
 * A new post with no day chosen: tomorrow, counted in office days rather
 * than 24 hours from now (the days the clocks change last 23 and 25 hours).
 */
export const newPostDefault = (timeZone: string, now: Date): { scheduledAt: string } => newPostOn(addDays(todayIn(timeZone, now), 1), timeZone);
