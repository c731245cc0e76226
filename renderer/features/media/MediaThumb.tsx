import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A thumbnail from the library, or a placeholder when its file is missing
 * (removed by hand) or the picture does not load: never a broken image.
 */
export function MediaThumb({ src, alt, missing = false, video = false, size = 'md' }: { src: string; alt: string; missing?: boolean; video?: boolean; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (missing || failed) {
    return (
      <span className={`media-thumb media-thumb-${size} is-missing`} role="img" aria-label={`${alt}: ${t('media.missing')}`}>
        <span aria-hidden="true">⚠</span>
        {size === 'md' && <span className="media-missing">{t('media.missing')}</span>}
      </span>
    );
  }
  return (
    <span className={`media-thumb media-thumb-${size}`}>
      <img src={src} alt={alt} loading="lazy" onError={() => setFailed(true)} />
      {video && (
        <span className="media-video-mark" aria-hidden="true">
          ▶
        </span>
      )}
    </span>
  );
}

/** Bytes as the officer reads them: "2,4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: u === 0 ? 0 : 1 }).format(n)} ${units[u]}`;
}
