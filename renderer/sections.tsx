import { type ComponentType, lazy } from 'react';
import type { Section } from './features/app/store';
import { CalendarPage } from './features/calendar/CalendarPage';

/**
 * The page each navigation entry shows. The app opens on the calendar; the
 * other pages load when first visited, so the start compiles and runs a
 * fraction of the app's code before the calendar's month shows.
 */
export const sectionPages: Record<Section, ComponentType> = {
  calendar: CalendarPage,
  accounts: lazy(() => import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage }))),
  audits: lazy(() => import('./features/audits/AuditsPage').then((m) => ({ default: m.AuditsPage }))),
  playbooks: lazy(() => import('./features/playbooks/PlaybooksPage').then((m) => ({ default: m.PlaybooksPage }))),
  exports: lazy(() => import('./features/exports/ExportsPage').then((m) => ({ default: m.ExportsPage }))),
  media: lazy(() => import('./features/media/MediaPage').then((m) => ({ default: m.MediaPage }))),
  settings: lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
};
