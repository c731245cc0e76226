import { type FormEvent, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/ipc/contract';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import { api } from '../../api';
import { useApp } from '../app/store';
import { useCalendar } from './store';
import { EventThumb } from '../media/EventThumb';

/** Accent-insensitive search over posts; a result opens the post. */
export function PostSearch({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'es';
  const timeZone = useApp((s) => s.settings?.timeZone ?? 'Europe/Madrid');
  const { openPost, setError } = useCalendar();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Output<'posts.search'> | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setHits(await api('posts.search', { q }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="post-search">
      <form role="search" onSubmit={submit}>
        <label htmlFor="post-search-q" className="visually-hidden">{t('calendar.search.label')}</label>
        <input ref={inputRef} id="post-search-q" type="search" value={q} placeholder={t('calendar.search.placeholder')} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">{t('app.search')}</button>
      </form>
      {hits && (
        <section aria-label={t('calendar.search.results')}>
          {hits.length === 0 ? (
            <p className="muted">{t('calendar.search.none')}</p>
          ) : (
            <ul className="search-hits">
              {hits.map((h) => (
                <li key={h.id}>
                  {h.thumbUrl && <EventThumb src={h.thumbUrl} missing={h.mediaMissing} />}{' '}
                  <button type="button" className="link-button" onClick={() => void openPost(h.id)}>
                    {h.title}
                  </button>{' '}
                  <span className="muted">
                    {h.scheduledAt
                      ? formatInZone(h.scheduledAt, 'PPp', locale, timeZone)
                      : h.scheduledDay
                        ? formatDay(h.scheduledDay, 'PP', locale)
                        : t('calendar.search.noDate')}{' '}
                    · {t(`calendar.status.${h.status}`)}
                    {h.mediaMissing && ` · ${t('media.missing')}`}
                  </span>
                  {h.snippet && <div className="snippet">{h.snippet}</div>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
