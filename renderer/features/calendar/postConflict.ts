import type { TFunction } from 'i18next';
import { localToInstant } from '../../../shared/domain/time';
import type { Campaign } from '../../../shared/features/calendar/contract';
import { checklistItems } from '../../../shared/features/calendar/rules';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import type { ConflictField } from '../../ui/conflict';
import type { Draft } from './PostEditor';

interface Context {
  t: TFunction;
  locale: Locale;
  timeZone: string;
  campaigns: Campaign[];
  /** How the editor names a target account ("Facebook @ayto"). */
  accountLabel(id: number): string;
}

const tagsOf = (s: string): string =>
  [...new Set(s.split(/[\s,]+/).map((x) => x.replace(/^#+/, '')).filter(Boolean))].map((x) => `#${x}`).join(' ');

/**
 * Every field of the post editor as the officer reads it, to set a draft
 * beside the version saved since: the date as a date, the campaign by its
 * name, accounts by their handles, and one row per account's own text.
 */
export function postConflictFields({ t, locale, timeZone, campaigns, accountLabel }: Context, mine: Draft, theirs: Draft): ConflictField<Draft>[] {
  const when = (d: Draft): string => {
    if (d.when === 'datetime') {
      const at = localToInstant(d.local, timeZone);
      return at ? formatInZone(at, 'PPPP, HH:mm', locale, timeZone) : d.local;
    }
    if (d.when === 'day') return d.day ? formatDay(d.day, 'PPPP', locale) : '';
    return t('calendar.editor.whenNone');
  };
  const campaign = (d: Draft): string =>
    d.campaignId === null ? t('calendar.editor.noCampaign') : (campaigns.find((c) => c.id === d.campaignId)?.name ?? t('calendar.editor.deletedCampaign'));
  const accountIds = [...new Set([...mine.targets.keys(), ...theirs.targets.keys()])];
  return [
    { label: t('calendar.editor.title'), text: (d) => d.title },
    { label: t('calendar.editor.whenKind'), text: when },
    { label: t('calendar.editor.status'), text: (d) => t(`calendar.status.${d.status}`) },
    { label: t('calendar.editor.campaign'), text: campaign },
    { label: t('calendar.editor.body'), text: (d) => d.body },
    { label: t('calendar.editor.accounts'), text: (d) => [...d.targets.keys()].map(accountLabel).join(', ') },
    ...accountIds.map((id) => ({
      label: t('calendar.editor.ownText', { account: accountLabel(id) }),
      text: (d: Draft) => d.targets.get(id) ?? '',
    })),
    { label: t('calendar.editor.link'), text: (d) => d.link },
    { label: t('calendar.editor.hashtags'), text: (d) => tagsOf(d.tags) },
    { label: t('media.attachments.legend'), text: (d) => d.media.map((m) => (m.alt ? `${m.name} (${m.alt})` : m.name)).join(', ') },
    { label: t('calendar.editor.mediaNote'), text: (d) => d.mediaNote },
    { label: t('calendar.editor.mediaAlt'), text: (d) => d.mediaAlt },
    { label: t('calendar.editor.checklist'), text: (d) => checklistItems.filter((k) => d.checklist[k] === true).map((k) => t(`calendar.checklistItems.${k}`)).join('; ') },
    { label: t('calendar.editor.internalNotes'), text: (d) => d.internalNotes },
  ];
}
