import { useTranslation } from 'react-i18next';
import { checkMedia, networkName } from '../../../shared/domain/networks';
import { isVideoMime, type PostMedia } from '../../../shared/features/media/contract';
import { useLocale } from '../../ui/locale';

/** What one network's rule says of the post's photos and videos, live, beside its character counter. */
export function MediaRuleNotes({ network, media }: { network: string; media: PostMedia[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problems = checkMedia(network, media.map((m) => ({ video: isVideoMime(m.mime) })));
  if (problems.length === 0) return null;
  return (
    <ul className="media-rules">
      {problems.map((p) => (
        <li key={p.code}>{'count' in p ? t(`media.rules.${p.code}`, { network: networkName(p.network, locale), count: p.count }) : t(`media.rules.${p.code}`, { network: networkName(p.network, locale) })}</li>
      ))}
    </ul>
  );
}
