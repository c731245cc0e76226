import { z } from 'zod';

/**
 * Service hours as data: which days, from when to when. Read from and
 * written as the short text a town hall puts on its profiles
 * ("L-V 9:00-14:00", "Mon-Fri 9:00-14:00; Sat 10:00-13:00").
 */
export const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof dayKeys)[number];

const Time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u);

export const ServiceSlot = z
  .strictObject({
    days: z.array(z.enum(dayKeys)).min(1).max(7),
    from: Time,
    to: Time,
  })
  .refine((s) => s.from < s.to, { path: ['to'], params: { i18n: 'strategy.errors.timeOrder' } })
  .transform((s) => ({ ...s, days: dayKeys.filter((d) => s.days.includes(d)) }));
export type ServiceSlot = z.output<typeof ServiceSlot>;

export const ServiceHours = z.array(ServiceSlot).max(14);

const dayNames: Record<'es' | 'en', Record<string, DayKey>> = {
  es: {
    ...Object.fromEntries(['l', 'lu', 'lun', 'lunes'].map((k) => [k, 'mon'])),
    ...Object.fromEntries(['m', 'ma', 'mar', 'martes'].map((k) => [k, 'tue'])),
    ...Object.fromEntries(['x', 'mi', 'mie', 'miercoles'].map((k) => [k, 'wed'])),
    ...Object.fromEntries(['j', 'ju', 'jue', 'jueves'].map((k) => [k, 'thu'])),
    ...Object.fromEntries(['v', 'vi', 'vie', 'viernes'].map((k) => [k, 'fri'])),
    ...Object.fromEntries(['s', 'sa', 'sab', 'sabado'].map((k) => [k, 'sat'])),
    ...Object.fromEntries(['d', 'do', 'dom', 'domingo'].map((k) => [k, 'sun'])),
  },
  en: {
    ...Object.fromEntries(['m', 'mo', 'mon', 'monday'].map((k) => [k, 'mon'])),
    ...Object.fromEntries(['tu', 'tue', 'tues', 'tuesday'].map((k) => [k, 'tue'])),
    ...Object.fromEntries(['w', 'we', 'wed', 'wednesday'].map((k) => [k, 'wed'])),
    ...Object.fromEntries(['th', 'thu', 'thur', 'thurs', 'thursday'].map((k) => [k, 'thu'])),
    ...Object.fromEntries(['f', 'fr', 'fri', 'friday'].map((k) => [k, 'fri'])),
    ...Object.fromEntries(['sa', 'sat', 'saturday'].map((k) => [k, 'sat'])),
    ...Object.fromEntries(['su', 'sun', 'sunday'].map((k) => [k, 'sun'])),
  },
};

/** Lower case, no accents, one kind of dash. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―]/gu, '-')
    .trim();

function readDays(text: string, names: Record<string, DayKey>): DayKey[] | null {
  const days = new Set<DayKey>();
  const parts = text
    .replace(/\s+(?:a|to)\s+/gu, '-')
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (parts.length === 0) return null;
  for (const part of parts) {
    const [a, b, extra] = part.split('-').map((p) => p.replace(/\.$/u, ''));
    const start = a === undefined ? undefined : names[a];
    const end = b === undefined ? start : names[b];
    if (start === undefined || end === undefined || extra !== undefined) return null;
    // A range may run over the weekend (V-L): walk the week round.
    for (let i = dayKeys.indexOf(start); ; i = (i + 1) % 7) {
      days.add(dayKeys[i]!);
      if (dayKeys[i] === end) break;
    }
  }
  return dayKeys.filter((d) => days.has(d));
}

function readTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*h?$/u.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function readRanges(text: string): { from: string; to: string }[] | null {
  const out: { from: string; to: string }[] = [];
  for (const range of text.split(/\s*,\s*/u)) {
    const [a, b, extra] = range.split(/\s*(?:-|\ba\b|\bto\b)\s*/u);
    const from = a === undefined ? null : readTime(a);
    const to = b === undefined ? null : readTime(b);
    if (!from || !to || extra !== undefined || from >= to) return null;
    out.push({ from, to });
  }
  return out;
}

/**
 * Read "L-V 9:00-14:00; S 10-13", "lunes a viernes de 9 a 14",
 * "Mon-Fri 9am"... in Spanish or English (Spanish day letters first, English
 * if those do not fit), "24 h" for always. Null when it cannot be read:
 * the import then refuses the row rather than guess.
 */
export function parseServiceHours(input: string): ServiceSlot[] | null {
  const text = fold(input);
  if (text === '') return [];
  if (/^(?:24\s*h(?:oras|ours)?|24\s*\/\s*7|24x7)$/u.test(text)) return [{ days: [...dayKeys], from: '00:00', to: '24:00' }];
  const slots: ServiceSlot[] = [];
  let previous: DayKey[] | null = null;
  for (const segment of text.split(/\s*(?:;|\n|\by\b|\band\b)\s*/u).filter(Boolean)) {
    const at = segment.search(/\d/u);
    if (at < 0) return null;
    const dayText = segment.slice(0, at).replace(/\s+(?:de|from)\s*$/u, '').trim();
    const ranges = readRanges(segment.slice(at).replace(/^(?:de|from)\s+/u, ''));
    const days: DayKey[] | null = dayText === '' ? previous : (readDays(dayText, dayNames.es) ?? readDays(dayText, dayNames.en));
    if (!days || !ranges) return null;
    previous = days;
    for (const r of ranges) slots.push({ days, ...r });
  }
  return slots;
}

const dayLabels: Record<'es' | 'en', Record<DayKey, string>> = {
  es: { mon: 'L', tue: 'M', wed: 'X', thu: 'J', fri: 'V', sat: 'S', sun: 'D' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

const shortTime = (t: string) => t.replace(/^0(?=\d:)/u, '');

/** Days as runs: "L-V", "L, X, V", "Mon-Fri, Sun". */
export function formatDays(days: DayKey[], language: 'es' | 'en'): string {
  const idx = days.map((d) => dayKeys.indexOf(d)).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const first = dayLabels[language][dayKeys[idx[i]!]!];
    const last = dayLabels[language][dayKeys[idx[j]!]!];
    runs.push(j === i ? first : j === i + 1 ? `${first}, ${last}` : `${first}-${last}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The text read by parseServiceHours, in the office language: "L-V 9:00-14:00; S 10:00-13:00". */
export function formatServiceHours(slots: ServiceSlot[], language: 'es' | 'en'): string {
  return slots.map((s) => `${formatDays(s.days, language)} ${shortTime(s.from)}-${shortTime(s.to)}`).join('; ');
}
