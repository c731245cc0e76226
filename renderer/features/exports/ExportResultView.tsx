import { useTranslation } from 'react-i18next';
import { networkName } from '../../../shared/domain/networks';
import { useLocale } from '../../ui/locale';
import type { ExportResult } from './store';

/** Where the last file went, and every post it left out with the reason. */
export function ExportResultView({ result, titles }: { result: ExportResult; titles: Record<string, string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const skipped = result.skipped;
  return (
    <section aria-labelledby="exports-result-title" className="exports-section exports-result">
      <h2 id="exports-result-title">
        {t('exports.result.title')}: {titles[result.kind]}
      </h2>
      <p className="exports-path">{result.path ? t('exports.result.savedTo', { path: result.path }) : t('exports.result.cancelled')}</p>
      <ul className="exports-facts">
        {result.pages !== undefined && <li>{t('exports.result.pages', { count: result.pages })}</li>}
        {result.fingerprint && <li>{t('exports.result.fingerprint', { fingerprint: result.fingerprint })}</li>}
        {result.events !== undefined && <li>{t('exports.result.events', { count: result.events })}</li>}
        {result.rows !== undefined && <li>{t('exports.result.rows', { count: result.rows })}</li>}
      </ul>
      {skipped && (skipped.length === 0 ? (
        <p>{t('exports.result.noneSkipped')}</p>
      ) : (
        <>
          <h3>{t('exports.result.skippedTitle', { count: skipped.length })}</h3>
          <ul className="exports-skipped">
            {skipped.map((s) => (
              <li key={`${s.postId}-${s.accountId ?? 0}`}>
                <strong>{s.title}</strong>: {t(`exports.skip.${s.reason}`, { count: s.count ?? 0, limit: s.limit ?? 0, network: s.network ? networkName(s.network, locale) : '' })}
              </li>
            ))}
          </ul>
        </>
      ))}
    </section>
  );
}
