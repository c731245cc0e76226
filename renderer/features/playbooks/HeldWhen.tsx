import { useTranslation } from 'react-i18next';
import type { HeldPost } from '../../../shared/features/playbooks/contract';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { dateTimeOf } from './time';

/** When a held post was planned: its time, or its day for a post with no hour. */
export function HeldWhen({ post, locale, timeZone }: { post: Pick<HeldPost, 'scheduledAt' | 'scheduledDay'>; locale: Locale; timeZone: string }) {
  const { t } = useTranslation();
  if (post.scheduledAt) return <time dateTime={post.scheduledAt}>{dateTimeOf(post.scheduledAt, locale, timeZone)}</time>;
  if (post.scheduledDay) return <time dateTime={post.scheduledDay}>{t('playbooks.incident.heldDay', { day: formatDay(post.scheduledDay, 'd MMM', locale) })}</time>;
  return null;
}
