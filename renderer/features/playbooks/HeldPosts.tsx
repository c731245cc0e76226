import { useTranslation } from 'react-i18next';
import type { HeldPost } from '../../../shared/features/playbooks/contract';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { dateTimeOf } from './time';

/** When a held post was planned: its time, or its day for a post with no hour. */
function HeldWhen({ post, locale, timeZone }: { post: Pick<HeldPost, 'scheduledAt' | 'scheduledDay'>; locale: Locale; timeZone: string }) {
  const { t } = useTranslation();
  if (post.scheduledAt) return <time dateTime={post.scheduledAt}>{dateTimeOf(post.scheduledAt, locale, timeZone)}</time>;
  if (post.scheduledDay) return <time dateTime={post.scheduledDay}>{t('playbooks.incident.heldDay', { day: formatDay(post.scheduledDay, 'd MMM', locale) })}</time>;
  return null;
}

/**
 * The posts an incident put on hold. The incident screen lists those still
 * held; the report lists them all with what became of each (`outcome`).
 */
export function HeldPostsTable({ holds, locale, timeZone, outcome = false }: { holds: HeldPost[]; locale: Locale; timeZone: string; outcome?: boolean }) {
  const { t } = useTranslation();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('playbooks.contacts.name')}</th>
          <th scope="col">{t('playbooks.incident.entryAt')}</th>
          <th scope="col">{t('playbooks.incident.formerStatus')}</th>
          {outcome && <th scope="col">{t('playbooks.report.holdOutcome')}</th>}
        </tr>
      </thead>
      <tbody>
        {holds.map((h) => (
          <tr key={h.postId}>
            <td>{h.title}</td>
            <td>
              <HeldWhen post={h} locale={locale} timeZone={timeZone} />
            </td>
            <td>{t(`playbooks.incident.statuses.${h.formerStatus as 'draft'}`)}</td>
            {outcome && <td>{h.resumedAt ? t('playbooks.report.resumedAt', { at: dateTimeOf(h.resumedAt, locale, timeZone) }) : t('playbooks.report.stillHeld')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
