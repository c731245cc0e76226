import type { PlaybookContent } from './model';

type Level = [description: string, firstResponseMinutes: number, updateEveryMinutes: number];

/** The three severity levels of a starter, each with its deadlines in minutes. */
export const levels = (low: Level, high: Level, critical: Level): PlaybookContent['severities'] => [
  { severity: 'low', description: low[0], firstResponseMinutes: low[1], updateEveryMinutes: low[2] },
  { severity: 'high', description: high[0], firstResponseMinutes: high[1], updateEveryMinutes: high[2] },
  { severity: 'critical', description: critical[0], firstResponseMinutes: critical[1], updateEveryMinutes: critical[2] },
];

/** The usual call order: who informs, who approves, who answers. Contacts are chosen by each office. */
export const team = (informs: string, approves: string, answers: string): PlaybookContent['responders'] => [
  { duty: 'informs', role: informs, contactId: null },
  { duty: 'approves', role: approves, contactId: null },
  { duty: 'answers', role: answers, contactId: null },
];
