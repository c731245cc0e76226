import { create } from 'zustand';
import type { AppInfo } from '../../../shared/features/app/contract';
import { hasData } from '../../../shared/features/app/data';
import type { Settings } from '../../../shared/features/settings/contract';
import type { Input } from '../../../shared/ipc/contract';
import type { z } from 'zod';
import { api } from '../../api';
import { applyLocale } from '../../i18n';
import { takeBoot } from '../../boot';

export const sections = ['calendar', 'accounts', 'audits', 'playbooks', 'exports', 'media', 'settings'] as const;
export type Section = (typeof sections)[number];

interface AppState {
  status: 'loading' | 'ready' | 'failed';
  info: z.output<typeof AppInfo> | null;
  settings: Settings | null;
  section: Section;
  error: unknown;
  load(): Promise<void>;
  /** Read app.info again (the team's server went away or came back); settings are read again when the data moved (see onDataSourceChange). */
  refreshInfo(): Promise<void>;
  go(section: Section): void;
  saveSettings(patch: Input<'settings.save'>): Promise<Settings>;
}

/** The app's load under way, if any. */
let loading: Promise<void> | null = null;

const sourceListeners = new Set<() => void>();

/**
 * Be told when the screens' data comes from somewhere else: the app moved to
 * its local copy of the team's server, or the server is back. A page reads
 * what it shows again (answers the unsubscribe); what is being typed stays.
 */
export function onDataSourceChange(listener: () => void): () => void {
  sourceListeners.add(listener);
  return () => sourceListeners.delete(listener);
}

/** Where reads are answered from: the store itself, or the copy taken at that instant. */
const sourceOf = (info: z.output<typeof AppInfo> | null): string => (info?.snapshotAt ? `copy ${info.snapshotAt}` : 'store');

/** What every screen needs: app info, settings (language, time zone) and the current section. */
export const useApp = create<AppState>((set, get) => ({
  status: 'loading',
  info: null,
  settings: null,
  section: 'calendar',
  error: null,
  load() {
    // One load at a time: a second call while one is under way (React's strict mode runs the app's effect twice) shares it.
    loading ??= (async () => {
      try {
        const { info: asked, settings: answered } = takeBoot();
        const info = await asked;
        await applyLocale(info.locale);
        const answer = await answered;
        // On the local copy of the team's server the settings are read from the copy.
        const readable = hasData(info);
        if (readable && 'error' in answer) throw answer.error;
        const settings = readable && 'settings' in answer ? answer.settings : null;
        set({ info, settings, status: 'ready', error: null });
      } catch (error) {
        set({ status: 'failed', error });
      }
    })().finally(() => {
      loading = null;
    });
    return loading;
  },
  async refreshInfo() {
    try {
      const info = await api('app.info', {});
      const moved = sourceOf(info) !== sourceOf(get().info);
      set({ info });
      if (!moved) return;
      await applyLocale(info.locale);
      if (hasData(info)) set({ settings: await api('settings.get', {}) });
      for (const listener of sourceListeners) listener();
    } catch {
      // app.info answers even while the server is away; a failure here is the transport's, and the next try repeats it.
    }
  },
  go(section) {
    set({ section });
  },
  async saveSettings(patch) {
    const settings = await api('settings.save', patch);
    await applyLocale(settings.locale);
    set({ settings, info: get().info ? { ...get().info!, locale: settings.locale } : null });
    return settings;
  },
}));
