import { type DragEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVideoMime, MAX_POST_MEDIA, MEDIA_ACCEPT, type MediaItem, type PostMedia } from '../../../shared/features/media/contract';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { MediaThumb } from './MediaThumb';
import { useUpload } from './useUpload';

const fromItem = (m: MediaItem): PostMedia => ({ mediaId: m.id, alt: m.alt, mime: m.mime, width: m.width, height: m.height, thumbUrl: m.thumbUrl, sha256: m.sha256, name: m.name });

/** A post's photos and videos in the editor: add by picking or dropping, reorder, remove, and describe each. */
export function Attachments({ media, onChange, error }: { media: PostMedia[]; onChange: (update: (prev: PostMedia[]) => PostMedia[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const uploads = useUpload((items) => onChange((prev) => [...prev, ...items.filter((i) => !prev.some((p) => p.mediaId === i.id)).map(fromItem)].slice(0, MAX_POST_MEDIA)));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    void uploads.send(e.dataTransfer.files);
  };
  const move = (i: number, by: number) =>
    onChange((prev) => {
      const next = [...prev];
      const [m] = next.splice(i, 1);
      if (m) next.splice(i + by, 0, m);
      return next;
    });
  const missingAlt = media.filter((m) => !isVideoMime(m.mime) && !m.alt.trim()).length;
  // Files removed by hand from the data folder show as missing here too, as in the library.
  const [missing, setMissing] = useState<ReadonlySet<number>>(new Set());
  const hasMedia = media.length > 0;
  useEffect(() => {
    if (!hasMedia) return;
    let live = true;
    // The editor works without the check: a failed one marks nothing.
    api('media.health', {}).then(
      (h) => live && setMissing(new Set(h.missing.map((m) => m.id))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [hasMedia]);
  return (
    <fieldset className="attachments-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="attachments">
      <legend>{t('media.attachments.legend')}</legend>
      <p className="muted">
        {t('media.attachments.drop')} · {t('media.attachments.max', { max: MAX_POST_MEDIA })}
      </p>
      <label className="button">
        {t('media.attachments.add')}
        <input
          type="file"
          multiple
          accept={MEDIA_ACCEPT}
          className="visually-hidden"
          disabled={media.length >= MAX_POST_MEDIA}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void uploads.send(files);
          }}
        />
      </label>
      {uploads.busy && <p aria-live="polite">{t('media.uploading', { name: uploads.busy })}</p>}
      {uploads.error !== null && <ErrorBanner error={uploads.error} onDismiss={uploads.clearError} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ol className="attachments">
        {media.map((m, i) => (
          <li key={m.mediaId} className="attachment">
            <MediaThumb src={m.thumbUrl} alt={m.alt || m.name} missing={missing.has(m.mediaId)} video={isVideoMime(m.mime)} />
            <label>
              {t('media.attachments.alt', { name: m.name })}
              <textarea
                rows={2}
                value={m.alt}
                placeholder={t('media.attachments.altHint')}
                onChange={(e) => {
                  const alt = e.target.value;
                  onChange((prev) => prev.map((p) => (p.mediaId === m.mediaId ? { ...p, alt } : p)));
                }}
              />
            </label>
            <span className="attachment-actions">
              <span className="muted">{t('media.attachments.position', { position: i + 1, total: media.length })}</span>
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('media.attachments.moveUp', { name: m.name })}>
                ↑
              </button>
              <button type="button" disabled={i === media.length - 1} onClick={() => move(i, 1)} aria-label={t('media.attachments.moveDown', { name: m.name })}>
                ↓
              </button>
              <button type="button" onClick={() => onChange((prev) => prev.filter((p) => p.mediaId !== m.mediaId))} aria-label={t('media.attachments.remove', { name: m.name })}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      {missingAlt > 0 && <p className="media-rules">{t('media.rules.missingAlt', { count: missingAlt })}</p>}
    </fieldset>
  );
}
