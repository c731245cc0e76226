import { create } from 'zustand';
import type { Contact, Incident, IncidentSummary, Playbook, PlaybookSummary, Report } from '../../../shared/features/playbooks/contract';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';

export type View =
  | { name: 'incidents'; playbookId?: number }
  | { name: 'incident'; id: number }
  | { name: 'report'; id: number }
  | { name: 'playbooks' }
  | { name: 'playbook'; id: number; version?: number }
  | { name: 'contacts' };

interface PlaybooksState {
  view: View;
  loading: boolean;
  error: unknown;
  playbooks: PlaybookSummary[];
  /** False until the first list has arrived: the list shows its outline, never a false "none yet". */
  playbooksLoaded: boolean;
  contacts: Contact[];
  incidents: IncidentSummary[];
  /** Incidents still running, in full, for the banner every screen shows. */
  active: Incident[];
  playbook: Playbook | null;
  incident: Incident | null;
  report: Report | null;
  go(view: View): void;
  clearError(): void;
  /** Run a call with loading and error state; returns its value or null when it failed. */
  run<T>(work: () => Promise<T>): Promise<T | null>;
  loadPlaybooks(): Promise<void>;
  loadContacts(query?: string): Promise<void>;
  loadIncidents(): Promise<void>;
  loadActive(): Promise<void>;
  openPlaybook(id: number, version?: number): Promise<void>;
  openIncident(id: number): Promise<void>;
  openReport(id: number): Promise<void>;
  /** Any incidents.* call that answers with the whole incident. */
  updateIncident<C extends 'incidents.fillStatements' | 'incidents.addEvent' | 'incidents.setSeverity' | 'incidents.end'>(channel: C, input: Input<C>): Promise<Incident | null>;
}

/** The running incidents with this one's latest state (added when it runs, dropped once closed). */
function withActive(active: Incident[], inc: Incident): Incident[] {
  const others = active.filter((a) => a.id !== inc.id);
  return inc.endedAt ? others : [...others, inc].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The crisis section: which screen is open and what it shows. */
export const usePlaybooks = create<PlaybooksState>((set, get) => ({
  view: { name: 'incidents' },
  loading: false,
  error: null,
  playbooks: [],
  playbooksLoaded: false,
  contacts: [],
  incidents: [],
  active: [],
  playbook: null,
  incident: null,
  report: null,
  go(view) {
    set({ view, error: null });
  },
  clearError() {
    set({ error: null });
  },
  async run(work) {
    set({ loading: true, error: null });
    try {
      const value = await work();
      set({ loading: false });
      return value;
    } catch (error) {
      set({ loading: false, error });
      return null;
    }
  },
  async loadPlaybooks() {
    const list = await get().run(() => api('playbooks.list', {}));
    if (list) set({ playbooks: list, playbooksLoaded: true });
  },
  async loadContacts(query) {
    const list = await get().run(() => api('contacts.list', query ? { query } : {}));
    if (list) set({ contacts: list });
  },
  async loadIncidents() {
    const list = await get().run(() => api('incidents.list', {}));
    if (list) set({ incidents: list });
    await get().loadActive();
  },
  async loadActive() {
    // Quietly: a failure here must not put an error on whatever screen is open.
    try {
      const list = await api('incidents.list', {});
      const running = list.filter((i) => !i.endedAt).slice(0, 5);
      set({ active: await Promise.all(running.map((i) => api('incidents.get', { id: i.id }))) });
    } catch {
      set({ active: [] });
    }
  },
  async openPlaybook(id, version) {
    const p = await get().run(() => api('playbooks.get', version ? { id, version } : { id }));
    if (p) set({ playbook: p, view: { name: 'playbook', id, version } });
  },
  async openIncident(id) {
    const inc = await get().run(() => api('incidents.get', { id }));
    if (inc) set({ incident: inc, view: { name: 'incident', id }, active: withActive(get().active, inc) });
  },
  async openReport(id) {
    const r = await get().run(() => api('incidents.report', { id }));
    if (r) set({ report: r, view: { name: 'report', id } });
  },
  async updateIncident(channel, input) {
    const inc = (await get().run(() => api(channel, input as never))) as Incident | null;
    if (inc) set({ incident: inc, active: withActive(get().active, inc) });
    return inc;
  },
}));
