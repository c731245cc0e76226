import { create } from 'zustand';
import type { ActionAccountsPage, AuditTemplate, FindAccountsPage, History, RunDetail, RunSummary } from '../../../shared/features/audits/contract';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';

export type AuditsView = { name: 'home' } | { name: 'run'; id: number } | { name: 'history'; templateId: number; runId?: number };

interface AuditsState {
  view: AuditsView;
  loading: boolean;
  error: unknown;
  templates: AuditTemplate[];
  runs: RunSummary[];
  run: RunDetail | null;
  history: History | null;
  setError(error: unknown): void;
  go(view: AuditsView): Promise<void>;
  loadHome(): Promise<void>;
  copyTemplate(id: number, name: string): Promise<AuditTemplate>;
  saveTemplate(input: Input<'audits.saveTemplate'>): Promise<AuditTemplate>;
  deleteTemplate(template: { id: number; version: number }): Promise<void>;
  restoreTemplate(id: number): Promise<void>;
  start(input: Input<'audits.start'>): Promise<RunDetail>;
  answer(input: Input<'audits.answer'>): Promise<RunDetail>;
  finish(runId: number): Promise<RunDetail>;
  applyActions(input: Input<'audits.applyActions'>): Promise<RunDetail>;
  /** A page of the accounts a finished run can act on (the actions dialog keeps it; nothing is stored here). */
  actionAccounts(input: Input<'audits.actionAccounts'>): Promise<ActionAccountsPage>;
  /** A page of any live account (the start dialog and merge targets keep it; nothing is stored here). */
  findAccounts(input: Input<'audits.findAccounts'>): Promise<FindAccountsPage>;
}

/**
 * The audits screens: which view is open and what it shows. Calls that the
 * user starts throw their error back to the form that made them; loading a
 * view keeps its error here for the page banner.
 */
export const useAudits = create<AuditsState>((set, get) => {
  const guarded = async (work: () => Promise<void>) => {
    set({ loading: true, error: null });
    try {
      await work();
      set({ loading: false });
    } catch (error) {
      set({ loading: false, error });
    }
  };
  return {
    view: { name: 'home' },
    loading: false,
    error: null,
    templates: [],
    runs: [],
    run: null,
    history: null,
    setError(error) {
      set({ error });
    },
    async go(view) {
      set({ view });
      if (view.name === 'home') return get().loadHome();
      if (view.name === 'run') {
        return guarded(async () => {
          // The run names every account it shows: no inventory load.
          set({ run: await api('audits.get', { id: view.id }) });
        });
      }
      return guarded(async () => {
        const [history, templates] = await Promise.all([
          api('audits.history', { templateId: view.templateId, ...(view.runId ? { runId: view.runId } : {}) }),
          get().templates.length ? Promise.resolve(get().templates) : api('audits.templates', {}),
        ]);
        set({ history, templates });
      });
    },
    loadHome() {
      return guarded(async () => {
        const [templates, runs] = await Promise.all([api('audits.templates', {}), api('audits.runs', {})]);
        set({ templates, runs });
      });
    },
    async copyTemplate(id, name) {
      const copy = await api('audits.copyTemplate', { id, name });
      await get().loadHome();
      return copy;
    },
    async saveTemplate(input) {
      const saved = await api('audits.saveTemplate', input);
      set({ templates: get().templates.map((t) => (t.id === saved.id ? saved : t)) });
      return saved;
    },
    async deleteTemplate({ id, version }) {
      await api('audits.deleteTemplate', { id, version });
      set({ templates: get().templates.filter((t) => t.id !== id) });
    },
    async restoreTemplate(id) {
      await api('audits.restoreTemplate', { id });
      await get().loadHome();
    },
    async start(input) {
      const run = await api('audits.start', input);
      set({ run, view: { name: 'run', id: run.id } });
      return run;
    },
    async answer(input) {
      const run = await api('audits.answer', input);
      set({ run });
      return run;
    },
    async finish(runId) {
      const run = await api('audits.finish', { runId });
      set({ run });
      return run;
    },
    async applyActions(input) {
      const run = await api('audits.applyActions', input);
      set({ run });
      return run;
    },
    actionAccounts(input) {
      return api('audits.actionAccounts', input);
    },
    findAccounts(input) {
      return api('audits.findAccounts', input);
    },
  };
});
