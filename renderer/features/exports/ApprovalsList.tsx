import { useTranslation } from 'react-i18next';
import type { Approval } from '../../../shared/features/exports/contract';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';

/** Every recorded sign-off, newest first. */
export function ApprovalsList({ approvals, locale, timeZone }: { approvals: Approval[]; locale: Locale; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="exports-approvals-title" className="exports-section">
      <h2 id="exports-approvals-title">{t('exports.approvals.title')}</h2>
      {approvals.length === 0 ? (
        <p>{t('exports.approvals.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('exports.approvals.approvedAt')}</th>
              <th scope="col">{t('exports.approvals.approver')}</th>
              <th scope="col">{t('exports.approvals.range')}</th>
              <th scope="col">{t('exports.approvals.fingerprint')}</th>
              <th scope="col">{t('exports.approvals.posts')}</th>
            </tr>
          </thead>
          <tbody>
            {approvals.map((a) => (
              <tr key={a.id}>
                <td>{formatInZone(a.approvedAt, 'dd/MM/yyyy HH:mm', locale, timeZone)}</td>
                <td>
                  {a.approver}
                  {a.role && <span className="exports-muted"> · {a.role}</span>}
                  {a.comments && <div className="exports-muted exports-wrap">{a.comments}</div>}
                </td>
                <td>{t('exports.range.summary', { from: formatDay(a.from, 'd MMM yyyy', locale), to: formatDay(a.to, 'd MMM yyyy', locale) })}</td>
                <td className="exports-mono">{a.fingerprint}</td>
                <td>{a.postCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
