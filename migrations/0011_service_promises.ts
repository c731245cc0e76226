import { type Kysely, sql } from 'kysely';

/**
 * Channel promises become data: service hours as days and time ranges
 * (JSON), the response target in hours. Hours written as text are read
 * ("L-V 9:00-14:00"); text that cannot be read is kept at the end of the
 * account's notes, so nothing typed is lost. Minutes round up to hours.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column response_target_hours integer`.execute(db);
  await sql`update accounts set response_target_hours = (response_target_minutes + 59) / 60 where response_target_minutes is not null`.execute(db);
  const rows = await sql<{ id: number; service_hours: string; notes: string }>`select id, service_hours, notes from accounts`.execute(db);
  for (const r of rows.rows) {
    const slots = parseServiceHours(r.service_hours);
    const notes = slots || r.service_hours.trim() === '' ? r.notes : `${r.notes}${r.notes.trim() === '' ? '' : '\n\n'}Horario de atención: ${r.service_hours.trim()}`;
    await sql`update accounts set service_hours = ${JSON.stringify(slots ?? [])}, notes = ${notes} where id = ${r.id}`.execute(db);
  }
  await sql`alter table accounts drop column response_target_minutes`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column response_target_minutes integer`.execute(db);
  await sql`update accounts set response_target_minutes = response_target_hours * 60`.execute(db);
  await sql`update accounts set service_hours = ''`.execute(db);
  await sql`alter table accounts drop column response_target_hours`.execute(db);
}

/*
 * The reader of hours written as text, as it was when this migration shipped.
 * A migration is history: it must read old files the same way whatever the
 * app's own reader learns later, so it keeps its own copy.
 */
const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type DayKey = (typeof dayKeys)[number];
type Slot = { days: DayKey[]; from: string; to: string };

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
function parseServiceHours(input: string): Slot[] | null {
  const text = fold(input);
  if (text === '') return [];
  if (/^(?:24\s*h(?:oras|ours)?|24\s*\/\s*7|24x7)$/u.test(text)) return [{ days: [...dayKeys], from: '00:00', to: '24:00' }];
  const slots: Slot[] = [];
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
