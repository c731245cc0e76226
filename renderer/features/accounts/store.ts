import { create } from 'zustand';
import type { Account, AccountDraftInput, AccountQuery, AccountSummary } from '../../../shared/features/accounts/contract';
import { api } from '../../api';

export const PAGE_SIZE = 50;

interface AccountsState {
  query: AccountQuery;
  items: Account[];
  total: number;
  summary: AccountSummary | null;
  departments: string[];
  loading: boolean;
  error: unknown;
  /** Change filters, sort or page; anything but the page sends you back to the first one. */
  setQuery(patch: Partial<AccountQuery>): Promise<void>;
  load(): Promise<void>;
  /** The list, the summary and the department filter: after any write. */
  refresh(): Promise<void>;
  save(draft: AccountDraftInput): Promise<Account>;
  remove(account: { id: number; version: number }): Promise<Account>;
  restore(id: number): Promise<Account>;
  clearError(): void;
}

let requestSeq = 0;

/** The accounts page: the visible page of the list, its filters, and the summary. */
export const useAccounts = create<AccountsState>((set, get) => ({
  query: { search: '', sort: 'handle', direction: 'asc', offset: 0, limit: PAGE_SIZE },
  items: [],
  total: 0,
  summary: null,
  departments: [],
  loading: false,
  error: null,
  async setQuery(patch) {
    const offset = 'offset' in patch ? patch.offset : 0;
    set({ query: { ...get().query, ...patch, offset } });
    await get().load();
  },
  async load() {
    const seq = ++requestSeq;
    set({ loading: true });
    try {
      const page = await api('accounts.list', get().query);
      // A slower, older answer must not overwrite a newer one (typing in the search box).
      if (seq === requestSeq) set({ items: page.items, total: page.total, loading: false, error: null });
    } catch (error) {
      if (seq === requestSeq) set({ loading: false, error });
    }
  },
  async refresh() {
    try {
      const [summary, departments] = await Promise.all([api('accounts.summary', {}), api('accounts.departments', {}), get().load()]);
      set({ summary, departments });
    } catch (error) {
      set({ error });
    }
  },
  async save(draft) {
    const saved = await api('accounts.save', draft);
    await get().refresh();
    return saved;
  },
  async remove({ id, version }) {
    const gone = await api('accounts.delete', { id, version });
    await get().refresh();
    return gone;
  },
  async restore(id) {
    const back = await api('accounts.restore', { id });
    await get().refresh();
    return back;
  },
  clearError() {
    set({ error: null });
  },
}));
