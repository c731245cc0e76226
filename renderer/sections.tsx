import type { ComponentType } from 'react';
import { AccountsPage } from './features/accounts/AccountsPage';
import type { Section } from './features/app/store';
import { AuditsPage } from './features/audits/AuditsPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { ExportsPage } from './features/exports/ExportsPage';
import { MediaPage } from './features/media/MediaPage';
import { PlaybooksPage } from './features/playbooks/PlaybooksPage';
import { SettingsPage } from './features/settings/SettingsPage';

/** The page each navigation entry shows. */
export const sectionPages: Record<Section, ComponentType> = {
  calendar: CalendarPage,
  accounts: AccountsPage,
  audits: AuditsPage,
  playbooks: PlaybooksPage,
  exports: ExportsPage,
  media: MediaPage,
  settings: SettingsPage,
};
