import { useEffect, useMemo } from 'react';
import { todayIn } from '../../../shared/domain/time';
import { useTranslation } from 'react-i18next';
import { accountName } from '../../../shared/domain/networks';
import type { RangeKind } from '../../../shared/features/exports/range';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { useApp } from '../app/store';
import { ApprovalForm } from './ApprovalForm';
import { ApprovalsList } from './ApprovalsList';
import { PackButton } from '../media/PackButton';
import { ExportResultView } from './ExportResultView';
import { currentFilter, type ExportKind, setWeekStart, useExports } from './store';

const kinds: RangeKind[] = ['week', 'month', 'custom'];
const exportKinds: ExportKind[] = ['approvalPdf', 'weekPlanPdf', 'ics', 'hootsuiteCsv', 'planCsv'];

/** Approval PDFs and exports to the officer's other tools. */
export function ExportsPage() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const s = useExports();
  const locale = settings?.locale ?? 'es';
  const timeZone = settings?.timeZone ?? 'Europe/Madrid';

  useEffect(() => {
    if (!settings) return;
    setWeekStart(settings.weekStart);
    void useExports.getState().init(todayIn(settings.timeZone));
  }, [settings]);

  const range = useMemo(() => (s.anchor ? currentFilter(s) : null), [s]);
  if (!settings || !range) return null;
  const longDay = locale === 'es' ? "EEEE, d 'de' MMMM 'de' yyyy" : 'EEEE d MMMM yyyy';
  const rangeText = t('exports.range.summary', { from: formatDay(range.from, longDay, locale), to: formatDay(range.to, longDay, locale) });
  // A week plan signs its own week, which may not be the range shown above.
  const signed = s.result?.kind === 'weekPlanPdf' ? s.result.range : undefined;
  const signedRangeText = signed ? t('exports.range.summary', { from: formatDay(signed.from, longDay, locale), to: formatDay(signed.to, longDay, locale) }) : rangeText;
  const accounts = s.options?.accounts ?? [];

  return (
    <section aria-labelledby="exports-title" className="page exports-page">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
      <ErrorBanner error={s.error} onDismiss={s.dismissError} />

      <div className="exports-controls">
        <fieldset>
          <legend>{t('exports.range.legend')}</legend>
          <div className="exports-kinds" role="radiogroup" aria-label={t('exports.range.kind')}>
            {kinds.map((k) => (
              <label key={k}>
                <input type="radio" name="exports-kind" value={k} checked={s.kind === k} onChange={() => s.set({ kind: k })} /> {t(`exports.range.${k}`)}
              </label>
            ))}
          </div>
          {s.kind === 'week' && (
            <Field label={t('exports.range.day')}>
              <input type="date" value={s.anchor} required onChange={(e) => e.target.value && s.set({ anchor: e.target.value })} />
            </Field>
          )}
          {s.kind === 'month' && (
            <Field label={t('exports.range.monthPick')}>
              <input type="month" value={s.anchor.slice(0, 7)} required onChange={(e) => e.target.value && s.set({ anchor: `${e.target.value}-01` })} />
            </Field>
          )}
          {s.kind === 'custom' && (
            <div className="exports-row">
              <Field label={t('exports.range.from')}>
                <input type="date" value={s.custom.from} required onChange={(e) => e.target.value && s.set({ custom: { ...s.custom, from: e.target.value } })} />
              </Field>
              <Field label={t('exports.range.to')}>
                <input type="date" value={s.custom.to} required onChange={(e) => e.target.value && s.set({ custom: { ...s.custom, to: e.target.value } })} />
              </Field>
            </div>
          )}
          {s.kind !== 'custom' && (
            <div className="exports-row">
              <button type="button" onClick={() => s.step(-1)}>
                ← {t('exports.range.previous')}
              </button>
              <button type="button" onClick={() => s.step(1)}>
                {t('exports.range.next')} →
              </button>
            </div>
          )}
          <p className="exports-summary" aria-live="polite">
            {rangeText}
          </p>
        </fieldset>

        <fieldset>
          <legend>{t('exports.filters.legend')}</legend>
          <fieldset className="exports-accounts">
            <legend>{t('exports.filters.accounts')}</legend>
            <small className="field-hint">{t('exports.filters.accountsHint')}</small>
            {accounts.map((a) => (
              <label key={a.id}>
                <input
                  type="checkbox"
                  checked={s.accountIds.includes(a.id)}
                  onChange={(e) => s.set({ accountIds: e.target.checked ? [...s.accountIds, a.id] : s.accountIds.filter((id) => id !== a.id) })}
                />{' '}
                {accountName(a, locale)}
              </label>
            ))}
          </fieldset>
          <Field label={t('exports.filters.campaign')}>
            <select value={s.campaignId ?? ''} onChange={(e) => s.set({ campaignId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t('exports.filters.anyCampaign')}</option>
              {s.options?.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('exports.actions.legend')}</legend>
          <div className="exports-row">
            <Field label={t('exports.filters.paper')}>
              <select value={s.paper} onChange={(e) => s.set({ paper: e.target.value as 'A4' | 'Letter' })}>
                {(['A4', 'Letter'] as const).map((p) => (
                  <option key={p} value={p}>
                    {t(`exports.filters.papers.${p}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="exports-buttons">
            <button type="button" className="primary" disabled={s.busy !== null} onClick={() => void s.run('approvalPdf')}>
              {t('exports.actions.approvalPdf')}
            </button>
            <button type="button" disabled={s.busy !== null} onClick={() => void s.run('weekPlanPdf')}>
              {t('exports.actions.weekPlanPdf')}
            </button>
            <button type="button" disabled={s.busy !== null} onClick={() => void s.run('ics')}>
              {t('exports.actions.ics')}
            </button>
          </div>
          <div className="exports-row">
            <Field label={t('exports.filters.delimiter')}>
              <select value={s.delimiter} onChange={(e) => s.set({ delimiter: e.target.value as ',' | ';' })}>
                <option value=";">{t('exports.filters.semicolon')}</option>
                <option value=",">{t('exports.filters.comma')}</option>
              </select>
            </Field>
            <button type="button" disabled={s.busy !== null} onClick={() => void s.run('planCsv')}>
              {t('exports.actions.planCsv')}
            </button>
            <PackButton />
          </div>
          <div className="exports-row">
            <Field label={t('exports.filters.hootsuiteAccount')}>
              <select value={s.hootsuiteAccountId ?? ''} onChange={(e) => s.set({ hootsuiteAccountId: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{t('exports.filters.chooseAccount')}</option>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {accountName(a, locale)}
                  </option>
                ))}
              </select>
            </Field>
            <button type="button" disabled={s.busy !== null || !s.hootsuiteAccountId} onClick={() => void s.run('hootsuiteCsv')}>
              {t('exports.actions.hootsuiteCsv')}
            </button>
          </div>
          {s.busy && s.busy !== 'approval' && <p role="status">{t('exports.actions.working')}</p>}
        </fieldset>
      </div>

      {s.result && <ExportResultView result={s.result} titles={Object.fromEntries(exportKinds.map((k) => [k, t(`exports.actions.${k}`)]))} />}

      <section aria-labelledby="exports-preview-title" aria-busy={s.loading} className="exports-section">
        <h2 id="exports-preview-title">{t('exports.preview.title')}</h2>
        {s.preview && (
          <>
            <p className="exports-fingerprint">{t('exports.preview.fingerprint', { fingerprint: s.preview.fingerprint })}</p>
            {s.preview.changedSinceApproved > 0 && (
              <div className="banner banner-warning">{t('exports.preview.changedCount', { count: s.preview.changedSinceApproved })}</div>
            )}
            {s.preview.posts.length === 0 ? (
              <p>{t('exports.preview.empty')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('exports.preview.when')}</th>
                    <th scope="col">{t('exports.preview.post')}</th>
                    <th scope="col">{t('exports.preview.accounts')}</th>
                    <th scope="col">{t('exports.preview.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.preview.posts.map((p) => (
                    <tr key={p.id} className={p.changedSinceApproved ? 'exports-changed' : undefined}>
                      <td>
                        {p.scheduledAt
                          ? formatInZone(p.scheduledAt, locale === 'es' ? "EEE d MMM, HH:mm" : 'EEE d MMM, HH:mm', locale, timeZone)
                          : `${formatDay(p.scheduledDay ?? '', 'EEE d MMM', locale)} · ${t('exports.allDay')}`}
                      </td>
                      <td>{p.title}</td>
                      <td>{p.accounts.map((a) => accountName(a, locale)).join(', ')}</td>
                      <td>
                        {t(`calendar.status.${p.status as 'draft'}`)}
                        {p.changedSinceApproved && <span className="exports-badge">⚠ {t('exports.changedSinceApproved')}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>

      <ApprovalForm timeZone={timeZone} rangeText={signedRangeText} lastFingerprint={s.result?.kind === 'approvalPdf' || s.result?.kind === 'weekPlanPdf' ? s.result.fingerprint : undefined} />
      <ApprovalsList approvals={s.approvals} locale={locale} timeZone={timeZone} />
    </section>
  );
}
