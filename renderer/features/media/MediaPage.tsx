import { type DragEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/ipc/contract';
import { isVideoMime, MEDIA_ACCEPT } from '../../../shared/features/media/contract';
import { formatDay } from '../../../shared/i18n/dates';
import { api } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { formatBytes, MediaThumb } from './MediaThumb';
import { useUpload } from './useUpload';

type Item = Output<'media.list'>['items'][number];
type Usage = Output<'media.get'>['usage'];
type Tags = Output<'media.tags'>['tags'];
type Missing = Output<'media.health'>['missing'];

const PAGE = 60;

/** The library: every photo and video, where each is used, and the way to add more. */
export function MediaPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { show } = useToasts();
  const [search, setSearch] = useState('');
  const [unusedOnly, setUnusedOnly] = useState(false);
  const [tags, setTags] = useState<Tags>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState<Missing>([]);
  const [data, setData] = useState<{ items: Item[]; total: number }>({ items: [], total: 0 });
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<Item | null>(null);
  const [usage, setUsage] = useState<Record<number, Usage>>({});

  const load = useCallback(async () => {
    try {
      const [list, inUse, health] = await Promise.all([
        api('media.list', { ...(search.trim() ? { search: search.trim() } : {}), ...(chosen.length ? { tags: chosen } : {}), unusedOnly, offset: 0, limit }),
        api('media.tags', {}),
        api('media.health', {}),
      ]);
      setData(list);
      setTags(inUse.tags);
      setMissing(health.missing);
      // A tag no file carries any more cannot stay ticked, or the list would stay empty for no visible reason.
      const known = new Set(inUse.tags.map((x) => x.tag));
      if (chosen.some((c) => !known.has(c))) setChosen(chosen.filter((c) => known.has(c)));
    } catch (e) {
      setError(e);
    }
  }, [search, chosen, unusedOnly, limit]);
  const toggleTag = (tag: string, on: boolean) => setChosen((c) => (on ? [...c, tag] : c.filter((x) => x !== tag)));
  useEffect(() => {
    void load();
  }, [load]);

  const uploads = useUpload(() => void load());
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void uploads.send(e.dataTransfer.files);
  };

  const remove = async (item: Item) => {
    setConfirm(null);
    try {
      await api('media.delete', { id: item.id, version: item.version });
      await load();
      show(t('media.deleted', { name: item.name }), {
        label: t('media.undo'),
        run: async () => {
          await api('media.restore', { id: item.id });
          await load();
        },
      });
    } catch (e) {
      setError(e);
    }
  };

  const saveTags = async (item: Item, text: string) => {
    const tags = [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
    if (tags.join(',') === item.tags.join(',')) return;
    try {
      await api('media.update', { id: item.id, version: item.version, tags });
      await load();
    } catch (e) {
      setError(e);
    }
  };

  const showUsage = async (item: Item) => {
    if (usage[item.id]) return;
    try {
      const got = await api('media.get', { id: item.id });
      setUsage((u) => ({ ...u, [item.id]: got.usage }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="media-page" aria-labelledby="media-title" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h1 id="media-title">{t('media.title')}</h1>
      <p className="muted">{t('media.intro')}</p>
      <div className="media-toolbar">
        <label className="button media-add">
          {t('media.add')}
          <input
            type="file"
            multiple
            accept={MEDIA_ACCEPT}
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void uploads.send(files);
            }}
          />
        </label>
        <label>
          {t('media.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={unusedOnly} onChange={(e) => setUnusedOnly(e.target.checked)} />
          {t('media.unusedOnly')}
        </label>
        <span className="muted" aria-live="polite">
          {uploads.busy ? t('media.uploading', { name: uploads.busy }) : t('media.count', { count: data.total })}
        </span>
      </div>
      {tags.length > 0 && (
        <fieldset className="media-tag-filter">
          <legend>{t('media.tagFilter.legend')}</legend>
          <p className="muted">{t('media.tagFilter.hint')}</p>
          {tags.map((x) => (
            <label key={x.tag} className="check">
              <input type="checkbox" checked={chosen.includes(x.tag)} onChange={(e) => toggleTag(x.tag, e.target.checked)} />
              {t('media.tagFilter.option', { tag: x.tag, total: x.count })}
            </label>
          ))}
          {chosen.length > 0 && (
            <button type="button" onClick={() => setChosen([])}>
              {t('media.tagFilter.clear')}
            </button>
          )}
        </fieldset>
      )}
      {missing.length > 0 && (
        <div className="banner banner-warning media-health" role="status">
          <p>{t('media.health.missing', { count: missing.length })}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
          <p className="muted">{t('media.health.hint')}</p>
        </div>
      )}
      <p className="media-drop muted">{t('media.dropHere')}</p>
      {uploads.error !== null && <ErrorBanner error={uploads.error} onDismiss={uploads.clearError} />}
      {error !== null && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {data.items.length === 0 ? (
        <p>{search || unusedOnly || chosen.length ? t('media.noMatch') : t('media.empty')}</p>
      ) : (
        <table className="media-table">
          <caption className="visually-hidden">{t('media.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('media.columns.thumb')}</th>
              <th scope="col">{t('media.columns.name')}</th>
              <th scope="col">{t('media.columns.tags')}</th>
              <th scope="col">{t('media.columns.size')}</th>
              <th scope="col">{t('media.columns.date')}</th>
              <th scope="col">{t('media.columns.usage')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('media.confirmDelete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <MediaThumb src={item.thumbUrl} alt={item.alt || item.name} missing={item.missing} video={isVideoMime(item.mime)} />
                </td>
                <td>
                  <strong>{item.name}</strong>
                  <br />
                  <span className="muted">
                    {t('media.dimensions', { width: item.width, height: item.height })}
                    {item.durationMs !== null && ` · ${t('media.duration', { value: `${Math.round(item.durationMs / 1000)} s` })}`}
                  </span>
                  {item.missing && <span className="media-badge media-badge-warn">{t('media.missing')}</span>}
                  {item.hasLocation && (
                    <span className="media-badge" title={t('media.hasLocationHint')}>
                      {t('media.hasLocation')}
                    </span>
                  )}
                </td>
                <td>
                  <input
                    aria-label={t('media.tagsLabel', { name: item.name })}
                    placeholder={t('media.tagsHint')}
                    defaultValue={item.tags.join(', ')}
                    key={`${item.id}-${item.version}`}
                    onBlur={(e) => void saveTags(item, e.target.value)}
                  />
                </td>
                <td>{formatBytes(item.bytes, locale)}</td>
                <td>{formatDay(item.createdAt.slice(0, 10), 'd MMM yyyy', locale)}</td>
                <td>
                  {item.useCount === 0 ? (
                    <span className="muted">{t('media.unused')}</span>
                  ) : (
                    <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void showUsage(item)}>
                      <summary>{t('media.usedIn', { count: item.useCount })}</summary>
                      <ul>
                        {(usage[item.id] ?? []).map((u) => (
                          <li key={u.postId}>
                            {u.title} · {u.scheduledAt ? formatDay(u.scheduledAt.slice(0, 10), 'd MMM', locale) : u.scheduledDay ? formatDay(u.scheduledDay, 'd MMM', locale) : '—'}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td>
                  <button type="button" className="danger" onClick={() => (item.useCount > 0 ? setConfirm(item) : void remove(item))}>
                    {t('media.delete', { name: item.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.total > data.items.length && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('media.more')}
        </button>
      )}
      <Dialog
        open={confirm !== null}
        title={confirm ? t('media.delete', { name: confirm.name }) : ''}
        onClose={() => setConfirm(null)}
        closeLabel={t('media.cancel')}
        actions={
          confirm && (
            <button type="button" className="danger" onClick={() => void remove(confirm)}>
              {t('media.confirmDelete')}
            </button>
          )
        }
      >
        {confirm && <p>{t('media.deleteInUse', { name: confirm.name, count: confirm.useCount })}</p>}
      </Dialog>
    </section>
  );
}
