import type { Catalog } from './catalog';
import { accounts } from './en/accounts';
import { audits } from './en/audits';
import { calendar } from './en/calendar';
import { common } from './en/common';
import { exportsText } from './en/exports';
import { media } from './en/media';
import { menu } from './en/menu';
import { playbooks } from './en/playbooks';
import { settings } from './en/settings';
import { strategy } from './en/strategy';

/** The English catalog, typed against the Spanish one so no key is missing. */
export const en: Catalog = { ...common, settings, accounts, audits, calendar, playbooks, exports: exportsText, menu, strategy, media };
