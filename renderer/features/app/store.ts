import { create } from 'zustand';
import type { AppInfo } from '../../../shared/features/app/contract';
import type { Settings } from '../../../shared/features/settings/contract';
import type { Input } from '../../../shared/ipc/contract';
import type { z } from 'zod';
import { api } from '../../api';
import { applyLocale } from '../../i18n';

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

/** Work the opening screen starts once the settings are known, before anything is drawn (see calendar/opening.ts). */
const settingsKnown: ((settings: Settings) => void)[] = [];
export const whenSettingsKnown = (fn: (settings: Settings) => void): void => {
  settingsKnown.push(fn);
};

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
  async load() {
    try {
      const info = await api('app.info', {});
      await applyLocale(info.locale);
      // On the local copy of the team's server the settings are read from the copy.
      const settings = info.store === 'ready' || info.snapshotAt ? await api('settings.get', {}) : null;
      if (settings && settingsKnown.length) {
        for (const fn of settingsKnown) fn(settings);
        // Let those reads leave before the first render holds the main thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      set({ info, settings, status: 'ready', error: null });
    } catch (error) {
      set({ status: 'failed', error });
    }
  },
  async refreshInfo() {
    try {
      const info = await api('app.info', {});
      const moved = sourceOf(info) !== sourceOf(get().info);
      set({ info });
      if (!moved) return;
      await applyLocale(info.locale);
      if (info.store === 'ready' || info.snapshotAt) set({ settings: await api('settings.get', {}) });
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
