import type { EventApi } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import { networkHandle } from '../../../shared/domain/networks';
import type { PostEvent, PostStatus } from '../../../shared/features/calendar/contract';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { EventThumb } from '../media/EventThumb';
import { MarkIcon, type MarkKind, StatusIcon } from './StatusIcon';

/** Network marks an item draws before counting the rest ("+2"). */
const ICONS_SHOWN = 4;

/** A post's time as the reader's language writes it: "9:00" in Spanish, "09:00" in British English. */
export const timeOf = (p: PostEvent, locale: Locale, timeZone: string): string => (p.scheduledAt ? formatInZone(p.scheduledAt, locale === 'es' ? 'H:mm' : 'p', locale, timeZone) : '');

/**
 * The words items are made of, each translated once per draw: a city month
 * draws hundreds of items out of a handful of statuses, campaigns and counts.
 */
export function itemWords(t: TFunction) {
  const kept = new Map<string, string>();
  const once = (key: string, say: () => string): string => {
    let word = kept.get(key);
    if (word === undefined) kept.set(key, (word = say()));
    return word;
  };
  return {
    status: (status: PostStatus) => once(`status:${status}`, () => t(`calendar.statusShort.${status}`)),
    changed: () => once('changed', () => t('calendar.event.changedMark')),
    campaign: (name: string) => once(`campaign:${name}`, () => t('calendar.event.campaign', { name })),
    media: (count: number) => once(`media:${count}`, () => t('calendar.event.media', { count })),
    missing: () => once('missing', () => t('media.missing')),
    hourCount: (count: number) => once(`hour:${count}`, () => t('calendar.busyHour.count', { count })),
    more: (count: number) => once(`more:${count}`, () => t('calendar.moreLink', { count })),
    moreHint: (count: number) => once(`moreHint:${count}`, () => t('calendar.moreLinkHint', { count })),
  };
}
export type ItemWords = ReturnType<typeof itemWords>;

/**
 * Everything an item says, as one line for its accessible name and tooltip:
 * "9:00, Borrador: Pleno · Facebook @ayto, X @ayto_x · Campaña Navidad".
 * The visible item shows the same with icons, in less room.
 */
export function itemLabel(p: PostEvent, campaign: string | undefined, words: ItemWords, time: string, locale: Locale): string {
  const accounts = p.targets.map((x) => networkHandle(x.network, x.handle, locale)).join(', ');
  const status = `${words.status(p.status)}${p.changedSinceApproved ? ` (${words.changed()})` : ''}`;
  const head = `${time ? `${time}, ` : ''}${status}: ${p.title}`;
  const media = p.mediaCount > 0 ? words.media(p.mediaCount) : '';
  return [head, accounts, campaign ? words.campaign(campaign) : '', media, p.mediaMissing ? words.missing() : ''].filter(Boolean).join(' · ');
}

/** What a post's item shows besides its post, worked out with its label when the events are drawn. */
export interface ItemText {
  time: string;
  status: string;
}

/** The time and status line of a post's item ("Borrador · cambiada"), from the draw's words. */
export const itemText = (p: PostEvent, words: ItemWords, locale: Locale, timeZone: string): ItemText => ({
  time: timeOf(p, locale, timeZone),
  status: p.changedSinceApproved ? `${words.status(p.status)} · ${words.changed()}` : words.status(p.status),
});

/** What FullCalendar draws inside an item's box: icons and short text, the whole sentence for screen readers. */
export function CalendarItem({ event, compact = false }: { event: EventApi; compact?: boolean }) {
  const post = event.extendedProps.post as PostEvent | undefined;
  const mark = event.extendedProps.mark as MarkKind | 'more' | 'hour' | undefined;
  const label = event.title;
  if (mark === 'more') {
    // A busy day's "+N": the rest of the day opens in a list.
    return (
      <span className="ev ev-more-day" title={label}>
        <span className="visually-hidden">{label}</span>
        <span aria-hidden="true">{event.extendedProps.text as string}</span>
      </span>
    );
  }
  if (mark === 'hour') {
    // A busy hour of the week: its time, how many, and how many of each status, by icon and number.
    const posts = event.extendedProps.posts as PostEvent[];
    const statuses = [...new Set(posts.map((p) => p.status))];
    return (
      <span className="ev ev-hour" title={label}>
        <span className="visually-hidden">{label}</span>
        <span className="ev-line ev-first" aria-hidden="true">
          <b className="ev-time">{event.extendedProps.time as string}</b> <span className="ev-title">{event.extendedProps.count as string}</span>
        </span>
        <span className="ev-line ev-second" aria-hidden="true">
          {statuses.map((st) => (
            <span key={st} className="ev-hour-status">
              <StatusIcon status={st} />
              {posts.filter((p) => p.status === st).length}
            </span>
          ))}
        </span>
      </span>
    );
  }
  if (!post) {
    return (
      <span className="ev ev-mark" title={label}>
        <span className="visually-hidden">{label}</span>
        <span className="ev-line" aria-hidden="true">
          {mark && <MarkIcon kind={mark} />} {label}
        </span>
      </span>
    );
  }
  const nets = [...new Set(post.targets.map((x) => x.network))];
  const { time, status } = event.extendedProps.itemText as ItemText;
  return (
    <span className="ev" title={label}>
      <span className="visually-hidden">{label}</span>
      <span className="ev-line ev-first" aria-hidden="true">
        <span className="ev-lead">
          <StatusIcon status={post.status} />
          {time && <b className="ev-time">{time}</b>}
        </span>
        {post.thumbUrl && <EventThumb src={post.thumbUrl} missing={post.mediaMissing} compact={compact} />}
        <span className="ev-title">{post.title}</span>
      </span>
      <span className="ev-line ev-second" aria-hidden="true">
        <span className="ev-status">{status}</span>
        {nets.slice(0, ICONS_SHOWN).map((n) => (
          <NetworkIcon key={n} network={n} />
        ))}
        {nets.length > ICONS_SHOWN && <span className="ev-more">+{nets.length - ICONS_SHOWN}</span>}
      </span>
    </span>
  );
}
