import { accounts } from './es/accounts';
import { audits } from './es/audits';
import { calendar } from './es/calendar';
import { common } from './es/common';
import { exportsText } from './es/exports';
import { media } from './es/media';
import { menu } from './es/menu';
import { playbooks } from './es/playbooks';
import { settings } from './es/settings';
import { strategy } from './es/strategy';

/** The Spanish catalog, the reference: one file per feature, joined here. */
export const es = { ...common, settings, accounts, audits, calendar, playbooks, exports: exportsText, menu, strategy, media } as const;
