import { type FormEvent, useEffect, useState } from 'react';
import { localToInstant, nowLocal } from '../../../shared/domain/time';
import { useTranslation } from 'react-i18next';
import { type MediaProblem, networkName } from '../../../shared/domain/networks';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { useExports } from './store';

/** Record who signed the PDF, when, and the fingerprint printed on it. */
export function ApprovalForm({ timeZone, lastFingerprint, rangeText }: { timeZone: string; lastFingerprint?: string; rangeText: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const record = useExports((s) => s.record);
  const busy = useExports((s) => s.busy);
  const show = useToasts((s) => s.show);
  const [approver, setApprover] = useState('');
  const [role, setRole] = useState('');
  const [approvedAt, setApprovedAt] = useState(() => nowLocal(timeZone));
  const [fingerprint, setFingerprint] = useState('');
  const [comments, setComments] = useState('');
  const [error, setError] = useState<unknown>(null);

  // The PDF just made is the one most likely to come back signed.
  useEffect(() => {
    if (lastFingerprint) setFingerprint(lastFingerprint);
  }, [lastFingerprint]);

  const errors = fieldErrors(t, error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const res = await record({
        approver,
        ...(role.trim() ? { role } : {}),
        ...(comments.trim() ? { comments } : {}),
        approvedAt: localToInstant(approvedAt, timeZone) ?? '',
        fingerprint,
      });
      setError(null);
      setComments('');
      const approved = t('exports.approval.approved', { count: res.approvedPosts });
      // A rule is `x.tooLong`, `instagram.needsMedia` or `altText`: named once however many posts break it.
      const ruleText = (rule: string) => {
        const [network = '', code = rule] = rule.includes('.') ? rule.split('.') : [];
        return t(`exports.approval.rule.${code as 'tooLong' | 'altText' | MediaProblem['code']}`, { network: networkName(network, locale) });
      };
      const rules = [...new Set(res.breaksRules.flatMap((b) => b.rules))].map(ruleText).join(', ');
      const pending = [
        ...(res.needsCheck.length > 0 ? [t('exports.approval.needsCheck', { count: res.needsCheck.length })] : []),
        ...(res.breaksRules.length > 0 ? [t('exports.approval.breaksRules', { count: res.breaksRules.length, rules })] : []),
      ];
      show(pending.length > 0 ? t('exports.approval.doneWithPending', { approved, pending: pending.join('; ') }) : t('exports.approval.done', { approved }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="exports-approval-title" className="exports-section">
      <h2 id="exports-approval-title">{t('exports.approval.title')}</h2>
      <p>{t('exports.approval.intro')}</p>
      <p>
        <strong>{t('exports.range.legend')}:</strong> {rangeText}
      </p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} labels={catalogLabels(t, 'exports.approval')} />
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('exports.approval.approver')} error={errors.approver}>
          <input value={approver} maxLength={120} required onChange={(e) => setApprover(e.target.value)} />
        </Field>
        <Field label={t('exports.approval.role')} error={errors.role}>
          <input value={role} maxLength={120} onChange={(e) => setRole(e.target.value)} />
        </Field>
        <Field label={t('exports.approval.approvedAt')} error={errors.approvedAt}>
          <input type="datetime-local" value={approvedAt} required onChange={(e) => setApprovedAt(e.target.value)} />
        </Field>
        <Field label={t('exports.approval.fingerprint')} hint={t('exports.approval.fingerprintHint')} error={errors.fingerprint}>
          <input value={fingerprint} maxLength={12} required spellCheck={false} autoComplete="off" className="exports-mono" onChange={(e) => setFingerprint(e.target.value)} />
        </Field>
        <Field label={t('exports.approval.comments')} error={errors.comments}>
          <textarea value={comments} rows={3} maxLength={2000} onChange={(e) => setComments(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy === 'approval'}>
            {t('exports.approval.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
