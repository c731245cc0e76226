import Papa from 'papaparse';
import type { z } from 'zod';
import { type Network, networkName, networks } from '../../domain/networks';
import { stripControls } from '../../domain/text';
import { formatServiceHours, parseServiceHours } from '../strategy/hours';
import { AccountDraft, type AccountDraftInput, type ImportError } from './contract';

/**
 * The accounts spreadsheet: columns, their English and Spanish headers, and
 * values in either language. Pure (papaparse runs anywhere), so the same
 * rules serve the import, the export and the tests.
 */
export type CsvField = Exclude<keyof AccountDraftInput, 'id' | 'version' | 'mergeIntoId'>;
/**
 * A column: an account field, or `mergeInto`, the account this one should be
 * merged into, written `network:handle` (readable, and the same in any file,
 * where an internal id would not be).
 */
export type CsvColumn = CsvField | 'mergeInto';
export type CsvLanguage = 'es' | 'en';

export const csvColumns: { field: CsvColumn; en: string; es: string; aliases?: string[] }[] = [
  { field: 'network', en: 'network', es: 'red', aliases: ['red social', 'social network'] },
  { field: 'handle', en: 'handle', es: 'usuario', aliases: ['cuenta', 'account', 'username', 'nombre de usuario'] },
  { field: 'displayName', en: 'display_name', es: 'nombre', aliases: ['nombre visible', 'name'] },
  { field: 'url', en: 'url', es: 'enlace', aliases: ['link', 'web'] },
  { field: 'department', en: 'department', es: 'departamento', aliases: ['area', 'concejalia'] },
  { field: 'ownerName', en: 'owner', es: 'responsable', aliases: ['owner name'] },
  { field: 'ownerContact', en: 'owner_contact', es: 'contacto_responsable', aliases: ['contacto', 'contact'] },
  { field: 'role', en: 'role', es: 'funcion', aliases: ['tipo', 'type'] },
  { field: 'purpose', en: 'purpose', es: 'finalidad', aliases: ['proposito', 'objetivo'] },
  { field: 'audience', en: 'audience', es: 'publico', aliases: ['destinatarios'] },
  { field: 'tone', en: 'tone', es: 'tono' },
  { field: 'serviceHours', en: 'service_hours', es: 'horario_atencion', aliases: ['horario'] },
  { field: 'responseTargetHours', en: 'response_target_hours', es: 'respuesta_en_horas', aliases: ['tiempo de respuesta', 'response time'] },
  { field: 'postsPerWeekTarget', en: 'posts_per_week', es: 'publicaciones_semana', aliases: ['publicaciones por semana'] },
  { field: 'status', en: 'status', es: 'estado' },
  { field: 'mergeInto', en: 'merge_into', es: 'fusionar_con', aliases: ['merge target', 'cuenta destino', 'fusionar en'] },
  { field: 'lastActivityOn', en: 'last_activity', es: 'ultima_actividad' },
  { field: 'ownerTrainedOn', en: 'owner_trained_on', es: 'formacion_responsable', aliases: ['responsable formado'] },
  { field: 'twoFactor', en: 'two_factor', es: 'doble_factor', aliases: ['2fa', 'verificacion en dos pasos'] },
  { field: 'credentialsLocation', en: 'credentials_location', es: 'donde_credenciales', aliases: ['credenciales', 'credentials'] },
  { field: 'brandingCheckedOn', en: 'branding_checked_on', es: 'marca_revisada', aliases: ['imagen revisada'] },
  { field: 'notes', en: 'notes', es: 'notas', aliases: ['observaciones'] },
  { field: 'tags', en: 'tags', es: 'etiquetas' },
  { field: 'listed', en: 'listed', es: 'en_directorio', aliases: ['directorio', 'directory', 'listed in directory'] },
  { field: 'closedDays', en: 'closed_days', es: 'dias_cerrado', aliases: ['festivos', 'holidays', 'dias cerrados'] },
];

/** Lower case, no accents, spaces/hyphens as underscores: "Función" and "funcion" are one header. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-.]+/gu, '_');

const headerIndex = new Map<string, CsvColumn>();
for (const c of csvColumns) for (const h of [c.en, c.es, c.field, ...(c.aliases ?? [])]) headerIndex.set(fold(h), c.field);

/** Values in both languages, folded, to their code. */
const enumValues: Partial<Record<CsvField, Record<string, string>>> = {
  network: Object.fromEntries([
    ...networks.map((n) => [n, n]),
    ...networks.flatMap((n) => [fold(networkName(n, 'es')), fold(networkName(n, 'en'))].map((name) => [name, n])),
    ['twitter', 'x'],
    ['otra', 'other'],
    ['otro', 'other'],
  ]),
  role: { medium: 'medium', medio: 'medium', channel: 'channel', canal: 'channel', both: 'both', ambos: 'both', medio_y_canal: 'both' },
  status: {
    active: 'active',
    activa: 'active',
    activo: 'active',
    dormant: 'dormant',
    inactiva: 'dormant',
    inactivo: 'dormant',
    dormida: 'dormant',
    to_merge: 'to_merge',
    fusionar: 'to_merge',
    a_fusionar: 'to_merge',
    por_fusionar: 'to_merge',
    to_close: 'to_close',
    cerrar: 'to_close',
    a_cerrar: 'to_close',
    por_cerrar: 'to_close',
    closed: 'closed',
    cerrada: 'closed',
    cerrado: 'closed',
  },
  twoFactor: { yes: 'yes', si: 'yes', no: 'no', unknown: 'unknown', no_se_sabe: 'unknown', sin_comprobar: 'unknown', desconocido: 'unknown', '': 'unknown' },
};

/** How the export writes codes in each language (the import reads both). */
export const csvValueNames: Record<CsvLanguage, Record<string, Record<string, string>>> = {
  en: { network: {}, role: {}, status: {}, twoFactor: {} },
  es: {
    network: { other: 'otra' },
    role: { medium: 'medio', channel: 'canal', both: 'medio y canal' },
    status: { active: 'activa', dormant: 'inactiva', to_merge: 'por fusionar', to_close: 'por cerrar', closed: 'cerrada' },
    twoFactor: { yes: 'sí', no: 'no', unknown: 'sin comprobar' },
  },
};

const DAY_FIELDS = new Set<CsvField>(['lastActivityOn', 'ownerTrainedOn', 'brandingCheckedOn']);
const INT_FIELDS = new Set<CsvField>(['responseTargetHours', 'postsPerWeekTarget']);
/** Yes or no in either language; an empty cell keeps the default (or, on an update, what the account had). */
const yesNo: Record<string, boolean> = { yes: true, si: true, true: true, '1': true, no: false, false: false, '0': false };
const yesNoNames: Record<CsvLanguage, [string, string]> = { es: ['sí', 'no'], en: ['yes', 'no'] };

/** The export guards cells a spreadsheet would run as a formula ('@handle, '+34...); undo that. */
const unguard = (cell: string): string => cell.replace(/^'(?=[=+\-@\t\r])/u, '');

/** A day as `YYYY-MM-DD` or `DD/MM/YYYY` (Spanish spreadsheets), or null when it is neither. */
function readDay(text: string): string | null {
  const es = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  const day = es ? `${es[3]}-${es[2]!.padStart(2, '0')}-${es[1]!.padStart(2, '0')}` : text;
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? day : null;
}

/** Read one cell into the value the save rules expect, or the code of why it cannot be read. */
function readCell(field: CsvField, cell: string): { value: unknown } | { code: string } {
  const raw = unguard(cell);
  const text = raw.trim();
  const values = enumValues[field];
  if (values) {
    const code = values[fold(text)];
    if (text === '') return field === 'network' ? { code: 'validation.required' } : { value: undefined };
    return code ? { value: code } : { code: `accounts.csv.unknown.${field as 'network' | 'role' | 'status' | 'twoFactor'}` };
  }
  if (DAY_FIELDS.has(field)) {
    if (text === '') return { value: null };
    const day = readDay(text);
    return day ? { value: day } : { code: 'accounts.csv.badDate' };
  }
  if (field === 'closedDays') {
    const days = text === '' ? [] : text.split(/[\s,;|]+/u).filter(Boolean).map(readDay);
    return days.every((d) => d !== null) ? { value: days } : { code: 'accounts.csv.badDate' };
  }
  if (INT_FIELDS.has(field)) {
    if (text === '') return { value: field === 'postsPerWeekTarget' ? undefined : null };
    return /^\d+$/u.test(text) ? { value: Number(text) } : { code: 'accounts.csv.badNumber' };
  }
  if (field === 'listed') {
    if (text === '') return { value: undefined };
    const value = yesNo[fold(text)];
    return value === undefined ? { code: 'accounts.csv.badYesNo' } : { value };
  }
  if (field === 'serviceHours') {
    const slots = parseServiceHours(text);
    return slots ? { value: slots } : { code: 'strategy.errors.serviceHoursUnreadable' };
  }
  if (field === 'tags') return { value: text === '' ? [] : text.split(/\s*[,;|]\s*/u).filter(Boolean) };
  // Free text keeps its spaces and line breaks (short fields are trimmed by their schema).
  return { value: raw };
}

/** An account named by network and handle, as the merge column writes it. */
export interface AccountKey {
  network: Network;
  handle: string;
}

/** Network and handle as one string, any case of the handle: how a file and the inventory match accounts. */
export const accountKey = (a: AccountKey): string => `${a.network}\u0000${a.handle.toLowerCase()}`;

/** `network:handle` (network in either language, the handle as on the network), empty for none. */
function readMergeTarget(cell: string): { value: MergeTarget | null } | { code: string } {
  const text = unguard(cell).trim();
  if (text === '') return { value: null };
  const colon = text.indexOf(':');
  const network = colon > 0 ? enumValues.network![fold(text.slice(0, colon))] : undefined;
  const handle = text.slice(colon + 1).trim();
  if (!network || handle === '' || handle.length > 120 || /\s/u.test(handle)) return { code: 'accounts.csv.badMergeTarget' };
  return { value: { network: network as Network, handle, text } };
}

/** The merge column's cell for an account: its target as `network:handle` in the file's language. */
function writeMergeTarget(target: AccountKey, language: CsvLanguage): string {
  return `${csvValueNames[language].network![target.network] ?? target.network}:${target.handle}`;
}

/** A merge target read from a file, with the cell as written (for messages). */
export type MergeTarget = AccountKey & { text: string };

export interface ParsedRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  draft: AccountDraft;
  /** Fields the file has a column for; an update leaves the others as they are. */
  present: CsvField[];
  /** The merge column: the target's network and handle, null for an empty cell, undefined without the column. */
  mergeInto?: MergeTarget | null;
}

export interface ParsedCsv {
  rows: ParsedRow[];
  /** Data rows read, good or bad. */
  count: number;
  errors: ImportError[];
  /** Every account the file names on a row (readable network and handle, good row or bad), by `accountKey`, with its row. */
  named: Map<string, number>;
  /** The header as written in the file for a field (or the field's name). */
  columnOf(field: string): string;
}

/**
 * Parse the whole file and check every row with the same rules as the form.
 * Collects every problem (row, column as written in the header, code).
 */
export function parseAccountsCsv(csv: string): ParsedCsv {
  const text = csv.replace(/^\uFEFF/u, '');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const errors: ImportError[] = [];
  const [header, ...body] = parsed.data;
  const named = new Map<string, number>();
  if (!header || header.every((h) => h.trim() === '')) return { rows: [], count: 0, errors: [{ row: 1, column: '', code: 'accounts.csv.empty' }], named, columnOf: (f) => f };

  const fields: (CsvColumn | null)[] = header.map((h) => headerIndex.get(fold(h)) ?? null);
  header.forEach((h, i) => {
    if (fields[i] === null && h.trim() !== '') errors.push({ row: 1, column: h.trim(), code: 'accounts.csv.unknownColumn' });
    if (fields[i] !== null && fields.indexOf(fields[i]!) !== i) errors.push({ row: 1, column: h.trim(), code: 'accounts.csv.repeatedColumn' });
  });
  for (const required of ['network', 'handle'] as const) {
    if (!fields.includes(required)) {
      const col = csvColumns.find((c) => c.field === required)!;
      errors.push({ row: 1, column: `${col.es} / ${col.en}`, code: 'accounts.csv.missingColumn' });
    }
  }
  const columnOf = (field: string): string => header[fields.indexOf(field as CsvColumn)]?.trim() ?? field;
  if (errors.length) return { rows: [], count: body.length, errors, named, columnOf };

  const present = fields.filter((f): f is CsvField => f !== null && f !== 'mergeInto');
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const raw: Record<string, unknown> = {};
    let mergeInto: MergeTarget | null | undefined;
    let bad = false;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      errors.push({ row, column: '', code: 'accounts.csv.tooManyCells', params: { expected: header.length, found: cells.length } });
      bad = true;
    }
    fields.forEach((field, c) => {
      if (!field) return;
      const read = field === 'mergeInto' ? readMergeTarget(cells[c] ?? '') : readCell(field, cells[c] ?? '');
      if ('code' in read) {
        errors.push({ row, column: header[c]!.trim(), code: read.code, params: { value: (cells[c] ?? '').slice(0, 60) } });
        bad = true;
      } else if (field === 'mergeInto') mergeInto = read.value as MergeTarget | null;
      else if (read.value !== undefined) raw[field] = read.value;
    });
    if (typeof raw.network === 'string' && typeof raw.handle === 'string' && raw.handle.trim() !== '') {
      const key = accountKey({ network: raw.network as Network, handle: raw.handle.trim() });
      if (!named.has(key)) named.set(key, row);
    }
    const checked = AccountDraft.safeParse(raw);
    const report = (column: string, code: string) => {
      if (errors.some((e) => e.row === row && e.column === column)) return;
      errors.push({ row, column, code });
      bad = true;
    };
    if (!checked.success) for (const issue of checked.error.issues) report(columnOf(String(issue.path[0] ?? '')), issueCode(issue));
    // Rules across fields too, even when a field failed, so one pass lists every problem of the row.
    const lenient = { role: 'medium', serviceHours: [], closedDays: [], responseTargetHours: null, mergeIntoId: null, ...raw } as unknown as AccountDraft;
    // Without a role column, what only a channel may have is judged by the import against the account's role in the inventory.
    for (const problem of checkAccountRules(lenient)) if (raw.role !== undefined || problem.code !== 'accounts.errors.serviceOnlyForChannels') report(columnOf(problem.path), problem.code);
    if (bad || !checked.success) return;
    const key = accountKey(checked.data);
    // A target is resolved against the file and the inventory by the import; naming the row itself is wrong anywhere.
    if (mergeInto && accountKey(mergeInto) === key) {
      report(columnOf('mergeInto'), 'accounts.errors.mergeIntoSelf');
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ row, column: columnOf('handle'), code: 'accounts.csv.duplicateInFile', params: { first } });
      return;
    }
    seen.set(key, row);
    rows.push({ row, draft: checked.data, present, ...(mergeInto !== undefined && { mergeInto }) });
  });
  // In reading order: by row, then by column as the file has them.
  const position = (column: string) => header.findIndex((h) => h.trim() === column);
  errors.sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
  return { rows, count: body.length, errors, named, columnOf };
}

function issueCode(issue: z.core.$ZodIssue): string {
  const custom = issue.code === 'custom' ? (issue as { params?: { i18n?: string } }).params?.i18n : undefined;
  if (custom) return custom;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'validation.required';
  return `validation.${issue.code}`;
}

/**
 * Rules across fields (the zod schema checks each field alone): service hours,
 * a response target, closed days and who covers it only mean something for a channel; only an account
 * to merge has an account to merge into, and never itself.
 */
export function checkAccountRules(draft: AccountDraft): { path: string; code: string }[] {
  const out: { path: string; code: string }[] = [];
  if (draft.role === 'medium') {
    if (draft.serviceHours.length > 0) out.push({ path: 'serviceHours', code: 'accounts.errors.serviceOnlyForChannels' });
    if (draft.responseTargetHours !== null) out.push({ path: 'responseTargetHours', code: 'accounts.errors.serviceOnlyForChannels' });
    if ((draft.closedDays ?? []).length > 0) out.push({ path: 'closedDays', code: 'accounts.errors.serviceOnlyForChannels' });
    if ((draft.coveredByPersonId ?? null) !== null) out.push({ path: 'coveredByPersonId', code: 'accounts.errors.serviceOnlyForChannels' });
  }
  if (draft.id !== undefined && draft.mergeIntoId === draft.id) out.push({ path: 'mergeIntoId', code: 'accounts.errors.mergeIntoSelf' });
  else if (draft.mergeIntoId !== null && draft.status !== 'to_merge') out.push({ path: 'mergeIntoId', code: 'accounts.errors.mergeOnlyToMerge' });
  return out;
}

/** An account as the export writes it: with its id when another row of the list may name it as merge target. */
export type CsvAccount = AccountDraftInput & { id?: number };

/**
 * The spreadsheet for a list of accounts, in one language, with `,` or `;`
 * (Spanish Excel). A merge target is looked up by id in the same list (the
 * export has every live account, so a deleted target is written empty) and
 * written only for an account to merge, the one status it means anything for.
 */
export function writeAccountsCsv(accounts: CsvAccount[], language: CsvLanguage, delimiter: ',' | ';'): string {
  const names = csvValueNames[language];
  const header = csvColumns.map((c) => c[language]);
  const byId = new Map(accounts.filter((a) => a.id !== undefined).map((a) => [a.id!, a]));
  const data = accounts.map((a) =>
    csvColumns.map(({ field }) => {
      if (field === 'mergeInto') {
        const targetId = a.status === 'to_merge' ? (a.mergeIntoId ?? null) : null;
        const target = targetId === null ? undefined : byId.get(targetId);
        return target ? writeMergeTarget(target, language) : '';
      }
      const v = a[field];
      if (v === null || v === undefined) return '';
      if (field === 'serviceHours') return formatServiceHours(a.serviceHours ?? [], language);
      if (typeof v === 'boolean') return yesNoNames[language][v ? 0 : 1];
      if (Array.isArray(v)) return stripControls(v.join(', '));
      const named = names[field]?.[String(v)];
      return stripControls(named ?? String(v));
    }),
  );
  // A BOM so Excel reads UTF-8 accents right; the import strips it. Cells starting with = + - @ get a
  // leading ' so Excel shows them as text instead of running them ("@turismo" is not a formula).
  return `\uFEFF${Papa.unparse({ fields: header, data }, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: true })}\r\n`;
}
