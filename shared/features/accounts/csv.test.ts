import { describe, expect, it } from 'vitest';
import type { AccountDraft } from './contract';
import { accountKey, type CsvAccount, checkAccountRules, parseAccountsCsv, writeAccountsCsv } from './csv';

const accounts: CsvAccount[] = [
  { id: 1, network: 'facebook', handle: 'CulturaVilla', status: 'active' },
  { id: 2, network: 'instagram', handle: '@cultura.villa', status: 'to_merge', mergeIntoId: 1 },
  { id: 3, network: 'other', handle: 'radio', status: 'to_merge', mergeIntoId: 4 },
  { id: 4, network: 'other', handle: 'radio-villanueva', status: 'active' },
  // A target kept on an account no longer to merge means nothing: not written.
  { id: 5, network: 'x', handle: 'ayto', status: 'active', mergeIntoId: 1 },
];

const lines = (csv: string) => csv.split('\r\n');
const cells = (line: string, d: string) => line.split(d);

describe('accounts CSV: the merge target column', () => {
  it('is written in Spanish as fusionar_con after the status, network:handle of the target, with ; and a BOM', () => {
    const csv = writeAccountsCsv(accounts, 'es', ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = lines(csv.slice(1));
    const head = cells(header!, ';');
    const at = head.indexOf('fusionar_con');
    expect(head[at - 1]).toBe('estado');
    expect(rows.slice(0, 5).map((r) => cells(r, ';')[at])).toEqual(['', 'facebook:CulturaVilla', 'otra:radio-villanueva', '', '']);
    expect(cells(rows[1]!, ';')[at - 1]).toBe('por fusionar');
  });

  it('is written in English as merge_into, with commas', () => {
    const [header, ...rows] = lines(writeAccountsCsv(accounts, 'en', ',').slice(1));
    const at = cells(header!, ',').indexOf('merge_into');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(0, 3).map((r) => cells(r, ',')[at])).toEqual(['', 'facebook:CulturaVilla', 'other:radio-villanueva']);
  });

  it('reads back what it writes, in both languages and with either separator', () => {
    for (const [language, delimiter] of [['es', ';'], ['en', ','], ['es', ','], ['en', ';']] as const) {
      const parsed = parseAccountsCsv(writeAccountsCsv(accounts, language, delimiter));
      expect(parsed.errors).toEqual([]);
      expect(parsed.rows.map((r) => r.mergeInto && accountKey(r.mergeInto))).toEqual([
        null,
        accountKey({ network: 'facebook', handle: 'culturavilla' }),
        accountKey({ network: 'other', handle: 'radio-villanueva' }),
        null,
        null,
      ]);
      expect(parsed.rows[1]!.present).not.toContain('mergeInto');
    }
  });

  it('reads headers, network names and spacing as people write them', () => {
    const csv =
      '\uFEFFRed;Usuario;Estado;Fusionar con\r\n' +
      "Twitter;@villa_old;por fusionar;Twitter : @Ayto\r\n" +
      "Otra;radio;por fusionar; otra:@radio-villanueva \r\n" +
      'x;sin;activa;\r\n';
    const parsed = parseAccountsCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.mergeInto)).toEqual([
      { network: 'x', handle: '@Ayto', text: 'Twitter : @Ayto' },
      { network: 'other', handle: '@radio-villanueva', text: 'otra:@radio-villanueva' },
      null,
    ]);
    // No column: nothing said about targets (an update keeps them).
    expect(parseAccountsCsv('network,handle\r\nx,ayto\r\n').rows[0]!.mergeInto).toBeUndefined();
  });

  it('names the row and the column as written for a target it cannot read, and for the row itself', () => {
    const csv = [
      'network,handle,status,Merge into',
      'x,a,to_merge,ayto',
      'x,b,to_merge,myspace:ayto',
      'x,c,to_merge,x:',
      'x,d,to_merge,x:dos palabras',
      'x,Ee,to_merge,X:eE',
      'x,f,to_merge,facebook:ayto',
      '',
    ].join('\r\n');
    const parsed = parseAccountsCsv(csv);
    expect(parsed.errors.map((e) => [e.row, e.column, e.code, e.params?.value])).toEqual([
      [2, 'Merge into', 'accounts.csv.badMergeTarget', 'ayto'],
      [3, 'Merge into', 'accounts.csv.badMergeTarget', 'myspace:ayto'],
      [4, 'Merge into', 'accounts.csv.badMergeTarget', 'x:'],
      [5, 'Merge into', 'accounts.csv.badMergeTarget', 'x:dos palabras'],
      [6, 'Merge into', 'accounts.errors.mergeIntoSelf', undefined],
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([7]);
    // Every account the file names, bad rows too, so a target on a bad row is not also "unknown".
    expect([...parsed.named.values()]).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('accounts rules: merge target', () => {
  const draft = (over: Partial<AccountDraft>): AccountDraft =>
    ({ network: 'x', handle: 'a', role: 'medium', serviceHours: [], responseTargetHours: null, status: 'to_merge', mergeIntoId: null, ...over }) as AccountDraft;

  it('allows a target only on an account to merge, and never the account itself', () => {
    expect(checkAccountRules(draft({ mergeIntoId: 2 }))).toEqual([]);
    expect(checkAccountRules(draft({ status: 'to_close', mergeIntoId: 2 }))).toEqual([{ path: 'mergeIntoId', code: 'accounts.errors.mergeOnlyToMerge' }]);
    expect(checkAccountRules(draft({ id: 2, mergeIntoId: 2 }))).toEqual([{ path: 'mergeIntoId', code: 'accounts.errors.mergeIntoSelf' }]);
    expect(checkAccountRules(draft({ status: 'active' }))).toEqual([]);
  });
});
