import { useState } from 'react';

/**
 * The small thumbnail of a calendar item or a search hit. A post whose file
 * is missing, or a picture that does not load, shows a warning box instead:
 * never a broken image. The item's own label says which (it is decorative here).
 */
export function EventThumb({ src, missing = false, compact = false }: { src: string; missing?: boolean; compact?: boolean }) {
  const [failed, setFailed] = useState(false);
  const size = compact ? 'ev-thumb ev-thumb-mini' : 'ev-thumb';
  if (missing || failed) {
    return (
      <span className={`${size} ev-thumb-missing`} aria-hidden="true" data-missing="true">
        ⚠
      </span>
    );
  }
  return <img className={size} src={src} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />;
}
