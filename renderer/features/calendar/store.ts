import { create } from 'zustand';
import type { AccountOption, Campaign, CadenceReport, HashtagSet, Post, PostEvent, PostStatus, SpecialDay } from '../../../shared/features/calendar/contract';
import type { Network } from '../../../shared/domain/networks';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';

/** What `posts.listRange` is narrowed to; an empty list lets everything through. */
export interface Filters {
  accountIds: number[];
  networks: Network[];
  campaignId: number | null;
  statuses: PostStatus[];
}

/** What the editor opens with: a saved post, or a new one with a few fields preset. */
export type EditorTarget = { kind: 'edit'; post: Post } | { kind: 'new'; preset: Partial<Input<'posts.save'>> };

interface CalendarState {
  accounts: AccountOption[];
  campaigns: Campaign[];
  sets: HashtagSet[];
  /** The officer's own special days, for the library section. */
  localDays: SpecialDay[];
  backlog: PostEvent[];
  overview: { report: CadenceReport; special: SpecialDay[] } | null;
  filters: Filters;
  /** Bumped after any write so the calendar fetches its visible range again. */
  revision: number;
  editor: EditorTarget | null;
  error: unknown;
  loadLibrary(): Promise<void>;
  /** After a campaign is deleted: drop it from the filter if it was chosen. */
  forgetCampaign(id: number): void;
  /** The backlog and the "next 4 weeks" overview, read with the grid's own round (see readPage). */
  setSide(side: { backlog: PostEvent[]; report: CadenceReport; special: SpecialDay[] }): void;
  setFilters(f: Partial<Filters>): void;
  changed(): void;
  openPost(id: number): Promise<void>;
  openNew(preset: Partial<Input<'posts.save'>>): void;
  closeEditor(): void;
  setError(error: unknown): void;
}

export const emptyFilters: Filters = { accountIds: [], networks: [], campaignId: null, statuses: [] };

export const useCalendar = create<CalendarState>((set, get) => ({
  accounts: [],
  campaigns: [],
  sets: [],
  localDays: [],
  backlog: [],
  overview: null,
  filters: emptyFilters,
  revision: 0,
  editor: null,
  error: null,
  async loadLibrary() {
    try {
      const [accounts, campaigns, sets, localDays] = await Promise.all([
        api('posts.accountOptions', {}),
        api('campaigns.list', {}),
        api('hashtagSets.list', {}),
        api('specialDays.listLocal', {}),
      ]);
      set({ accounts, campaigns, sets, localDays });
    } catch (error) {
      set({ error });
    }
  },
  setSide({ backlog, report, special }) {
    set({ backlog, overview: { report, special } });
  },
  forgetCampaign(id) {
    if (get().filters.campaignId === id) set({ filters: { ...get().filters, campaignId: null } });
  },
  setFilters(f) {
    set({ filters: { ...get().filters, ...f } });
  },
  changed() {
    set({ revision: get().revision + 1 });
  },
  async openPost(id) {
    try {
      set({ editor: { kind: 'edit', post: await api('posts.get', { id }) } });
    } catch (error) {
      set({ error });
    }
  },
  openNew(preset) {
    set({ editor: { kind: 'new', preset } });
  },
  closeEditor() {
    set({ editor: null });
  },
  setError(error) {
    set({ error });
  },
}));
