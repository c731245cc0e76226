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
  /** Read app.info again (the team's server went away or came back); settings stay as they are. */
  refreshInfo(): Promise<void>;
  go(section: Section): void;
  saveSettings(patch: Input<'settings.save'>): Promise<Settings>;
}

/** Work the opening screen starts once the settings are known, before anything is drawn (see calendar/opening.ts). */
const settingsKnown: ((settings: Settings) => void)[] = [];
export const whenSettingsKnown = (fn: (settings: Settings) => void): void => {
  settingsKnown.push(fn);
};

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
      const settings = info.store === 'ready' ? await api('settings.get', {}) : null;
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
      set({ info: await api('app.info', {}) });
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
