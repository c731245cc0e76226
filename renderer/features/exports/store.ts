import type { z } from 'zod';
import { create } from 'zustand';
import type { Approval, FilterOptions, Paper, Preview, Skipped } from '../../../shared/features/exports/contract';
import { type RangeKind, rangeFor, stepAnchor } from '../../../shared/features/exports/range';
import type { Input, Output } from '../../../shared/ipc/contract';
import { api } from '../../api';

export type ExportKind = 'approvalPdf' | 'weekPlanPdf' | 'ics' | 'hootsuiteCsv' | 'planCsv';

export interface ExportResult {
  kind: ExportKind;
  path: string | null;
  pages?: number;
  fingerprint?: string;
  /** The days a week plan covers: its sign-off approves that week, whatever range the page shows. */
  range?: { from: string; to: string };
  events?: number;
  rows?: number;
  skipped?: Skipped[];
}

interface ExportsState {
  kind: RangeKind;
  anchor: string;
  custom: { from: string; to: string };
  accountIds: number[];
  campaignId: number | null;
  paper: Paper;
  delimiter: ',' | ';';
  hootsuiteAccountId: number | null;
  options: z.output<typeof FilterOptions> | null;
  preview: z.output<typeof Preview> | null;
  approvals: Approval[];
  result: ExportResult | null;
  busy: ExportKind | 'approval' | null;
  loading: boolean;
  error: unknown;
  /** Set the page up for today (once the office settings are known). */
  init(today: string): Promise<void>;
  set(patch: Partial<Pick<ExportsState, 'kind' | 'anchor' | 'custom' | 'accountIds' | 'campaignId' | 'paper' | 'delimiter' | 'hootsuiteAccountId'>>): void;
  step(dir: 1 | -1): void;
  refresh(): Promise<void>;
  run(kind: ExportKind): Promise<void>;
  record(input: Omit<Input<'approvals.record'>, 'from' | 'to' | 'accountIds' | 'campaignId'>): Promise<Pick<Output<'approvals.record'>, 'approvedPosts' | 'needsCheck' | 'breaksRules'>>;
  dismissError(): void;
}

let weekStart: 'monday' | 'sunday' = 'monday';
export const setWeekStart = (w: 'monday' | 'sunday'): void => {
  weekStart = w;
};

/** The range and filters every export and the preview share. */
export function currentFilter(s: Pick<ExportsState, 'kind' | 'anchor' | 'custom' | 'accountIds' | 'campaignId'>) {
  const { from, to } = rangeFor(s.kind, s.anchor, s.custom, weekStart);
  return {
    from,
    to,
    ...(s.accountIds.length ? { accountIds: s.accountIds } : {}),
    ...(s.campaignId ? { campaignId: s.campaignId } : {}),
  };
}

let refreshSeq = 0;

export const useExports = create<ExportsState>((set, get) => ({
  kind: 'week',
  anchor: '',
  custom: { from: '', to: '' },
  accountIds: [],
  campaignId: null,
  paper: 'A4',
  delimiter: ';',
  hootsuiteAccountId: null,
  options: null,
  preview: null,
  approvals: [],
  result: null,
  busy: null,
  loading: false,
  error: null,

  async init(today) {
    if (!get().anchor) set({ anchor: today, custom: { from: today, to: today } });
    try {
      const [options, approvals] = await Promise.all([api('exports.filters', {}), api('approvals.list', {})]);
      set({ options, approvals });
    } catch (error) {
      set({ error });
    }
    await get().refresh();
  },

  set(patch) {
    set(patch);
    void get().refresh();
  },

  step(dir) {
    const { kind, anchor } = get();
    if (kind === 'custom') return;
    get().set({ anchor: stepAnchor(kind, anchor, dir) });
  },

  async refresh() {
    const filter = currentFilter(get());
    if (!filter.from || !filter.to) return;
    const seq = ++refreshSeq;
    set({ loading: true });
    try {
      const preview = await api('exports.preview', filter);
      if (seq === refreshSeq) set({ preview, loading: false, error: null });
    } catch (error) {
      if (seq === refreshSeq) set({ preview: null, loading: false, error });
    }
  },

  async run(kind) {
    const s = get();
    const filter = currentFilter(s);
    set({ busy: kind, error: null });
    try {
      let result: ExportResult;
      if (kind === 'approvalPdf') result = { kind, ...(await api('exports.approvalPdf', { ...filter, paper: s.paper })) };
      else if (kind === 'weekPlanPdf') {
        const { from: _f, to: _t, ...rest } = filter;
        const { from, to, ...res } = await api('exports.weekPlanPdf', { ...rest, from: filter.from, paper: s.paper });
        result = { kind, ...res, range: { from, to } };
      } else if (kind === 'ics') result = { kind, ...(await api('exports.ics', filter)) };
      else if (kind === 'planCsv') result = { kind, ...(await api('exports.planCsv', { ...filter, delimiter: s.delimiter, bom: true })) };
      else {
        if (!s.hootsuiteAccountId) return;
        result = {
          kind,
          ...(await api('exports.hootsuiteCsv', { from: filter.from, to: filter.to, accountId: s.hootsuiteAccountId, ...(s.campaignId ? { campaignId: s.campaignId } : {}) })),
        };
      }
      set({ result });
    } catch (error) {
      set({ error });
    } finally {
      set({ busy: null });
    }
  },

  async record(input) {
    const last = get().result;
    // After a week plan, the form approves that week (and says so), whatever range the page shows.
    const signedWeek = last?.kind === 'weekPlanPdf' && last.range ? last.range : {};
    const filter = { ...currentFilter(get()), ...signedWeek };
    set({ busy: 'approval' });
    try {
      const res = await api('approvals.record', { ...filter, ...input });
      const approvals = await api('approvals.list', {});
      set({ approvals });
      await get().refresh();
      return { approvedPosts: res.approvedPosts, needsCheck: res.needsCheck, breaksRules: res.breaksRules };
    } finally {
      set({ busy: null });
    }
  },

  dismissError() {
    set({ error: null });
  },
}));
