import { useTranslation } from 'react-i18next';
import { networkName } from '../../../shared/domain/networks';
import type { Locale } from '../../../shared/ipc/schemas';
import { NetworkIcon } from '../../ui/NetworkIcon';

/**
 * Characters each app shows in a feed before its "see more" link (about:
 * the apps change them and cut by lines too). X and the chat apps show the
 * whole text; unknown networks are cut like Facebook.
 */
const foldsAt: Record<string, number | null> = { facebook: 240, instagram: 125, linkedin: 210, tiktok: 100, youtube: 100, threads: 500, bluesky: null, mastodon: 500, x: null, whatsapp: null, telegram: null, flickr: 200, other: 240 };

export interface PreviewTarget {
  id: number;
  network: string;
  label: string;
  text: string;
}

/** Hashtags and mentions as the networks draw them: in the link colour. */
function Rich({ text }: { text: string }) {
  const parts = text.split(/([#@][\p{L}\p{N}_.]+)/u);
  return (
    <>
      {parts.map((p, i) =>
        /^[#@][\p{L}\p{N}_.]+$/u.test(p) ? (
          <span key={i} className={p.startsWith('#') ? 'pv-tag' : 'pv-mention'}>
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}

/** The post as each chosen account's feed shows it, drawn here with no network asset: cut text, tags, the link as a card, the media. */
export function NetworkPreview({ targets, link, tags, mediaNote, locale }: { targets: PreviewTarget[]; link: string; tags: string[]; mediaNote: string; locale: Locale }) {
  const { t } = useTranslation();
  if (targets.length === 0) return null;
  let host = '';
  try {
    host = link.trim() ? new URL(link.trim()).host : '';
  } catch {
    host = '';
  }
  return (
    <section className="net-previews" aria-labelledby="net-previews-title">
      <h3 id="net-previews-title">{t('calendar.preview.title')}</h3>
      <div className="net-preview-list">
        {targets.map((p) => {
          const full = [p.text.trim(), tags.map((x) => `#${x}`).join(' ')].filter(Boolean).join('\n\n');
          const limit = foldsAt[p.network] ?? null;
          const cut = limit !== null && full.length > limit;
          return (
            <article key={p.id} className="net-preview" aria-label={t('calendar.preview.as', { account: p.label })}>
              <header>
                <NetworkIcon network={p.network} /> <b>{p.label}</b> <span className="muted">{networkName(p.network, locale)}</span>
              </header>
              <p className="pv-text">
                <Rich text={cut ? full.slice(0, limit).trimEnd() : full} />
                {cut && <span className="pv-more">… {t('calendar.preview.more')}</span>}
              </p>
              {host && (
                <div className="pv-card">
                  <span className="pv-card-image" aria-hidden="true" />
                  <span className="pv-card-host">{host}</span>
                  <span className="pv-card-url">{link.trim()}</span>
                </div>
              )}
              {mediaNote.trim() && <div className="pv-media">{t('calendar.preview.media', { what: mediaNote.trim() })}</div>}
            </article>
          );
        })}
      </div>
    </section>
  );
}
