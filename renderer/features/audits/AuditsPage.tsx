import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditTemplate } from '../../../shared/features/audits/contract';
import { percent } from '../../../shared/features/audits/scoring';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { HistoryView } from './HistoryView';
import { templateDescription, templateName, when } from './labels';
import { RunScreen } from './RunScreen';
import { StartDialog } from './StartDialog';
import { useAudits } from './store';
import { CopyDialog, EditDialog } from './TemplateDialogs';

type Open = { kind: 'copy' | 'edit' | 'start'; template: AuditTemplate } | null;

/** Audits: templates, runs in progress and finished, and their progress over time. */
export function AuditsPage() {
  const { t } = useTranslation();
  const { view, run, history, error, setError, go } = useAudits();

  useEffect(() => {
    void go({ name: 'home' });
  }, [go]);

  if (view.name === 'run' && run && run.id === view.id) return <RunScreen key={`${run.id}-${run.status}`} run={run} />;
  if (view.name === 'history' && history && history.templateId === view.templateId) return <HistoryView history={history} />;
  if (view.name !== 'home') {
    return (
      <section className="page" aria-labelledby="audits-title">
        <h1 id="audits-title">{t('audits.title')}</h1>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <p>{error ? null : t('app.loading')}</p>
      </section>
    );
  }
  return <Home />;
}

function Home() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { templates, runs, error, setError, go, deleteTemplate, restoreTemplate } = useAudits();
  const show = useToasts((s) => s.show);
  const [open, setOpen] = useState<Open>(null);
  const locale = settings?.locale ?? 'es';
  const zone = settings?.timeZone ?? 'Europe/Madrid';

  const remove = async (template: AuditTemplate) => {
    try {
      await deleteTemplate(template);
      show(t('audits.templates.deleted'), { label: t('app.undo'), run: () => restoreTemplate(template.id) });
    } catch (err) {
      setError(err);
    }
  };
  const openRuns = runs.filter((r) => r.status === 'open');
  const doneRuns = runs.filter((r) => r.status === 'finished');
  const runName = (r: (typeof runs)[number]) => templateName(t, { builtin: r.builtin, name: r.templateName });

  return (
    <section aria-labelledby="audits-title" className="page audits">
      <h1 id="audits-title">{t('audits.title')}</h1>
      <p>{t('audits.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />

      <h2>{t('audits.templates.heading')}</h2>
      <ul className="audit-templates">
        {templates.map((tpl) => {
          const name = templateName(t, tpl);
          return (
            <li key={tpl.id} className="audit-template">
              <h3>{name}</h3>
              <p className="muted">
                {tpl.builtin ? t('audits.templates.shipped') : null}
                {tpl.builtin ? ' · ' : null}
                {t(`audits.kinds.${tpl.kind}`)} · {t('audits.templates.items', { count: tpl.items.length })} · {t('audits.templates.runs', { count: tpl.runCount })}
                {tpl.lastScore !== null && <> · {t('audits.templates.lastScore', { score: percent(tpl.lastScore) })}</>}
              </p>
              {templateDescription(t, tpl) && <p>{templateDescription(t, tpl)}</p>}
              <div className="form-actions">
                <button type="button" className="primary" aria-label={t('audits.templates.startLabel', { name })} onClick={() => setOpen({ kind: 'start', template: tpl })}>
                  {t('audits.templates.start')}
                </button>
                <button type="button" aria-label={t('audits.templates.historyLabel', { name })} onClick={() => void go({ name: 'history', templateId: tpl.id })}>
                  {t('audits.templates.history')}
                </button>
                <button type="button" aria-label={t('audits.templates.copyLabel', { name })} onClick={() => setOpen({ kind: 'copy', template: tpl })}>
                  {t('audits.templates.copy')}
                </button>
                {!tpl.builtin && (
                  <>
                    <button type="button" aria-label={t('audits.templates.editLabel', { name })} onClick={() => setOpen({ kind: 'edit', template: tpl })}>
                      {t('audits.templates.edit')}
                    </button>
                    <button type="button" className="danger" aria-label={t('audits.templates.deleteLabel', { name })} onClick={() => void remove(tpl)}>
                      {t('audits.templates.delete')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>

      <h2>{t('audits.runs.heading')}</h2>
      {runs.length === 0 && <p>{t('audits.runs.none')}</p>}
      {openRuns.length > 0 && (
        <>
          <h3>{t('audits.runs.open')}</h3>
          <ul className="audit-run-list">
            {openRuns.map((r) => {
              const date = when(r.startedAt, locale, zone);
              return (
                <li key={r.id}>
                  <span>
                    <strong>{runName(r)}</strong> · {t('audits.runs.started', { date })} · {t('audits.runs.progress', { answered: r.answered, total: r.total })}
                  </span>
                  <button type="button" aria-label={t('audits.runs.continueLabel', { name: runName(r), date })} onClick={() => void go({ name: 'run', id: r.id })}>
                    {t('audits.runs.continue')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {doneRuns.length > 0 && (
        <>
          <h3>{t('audits.runs.finished')}</h3>
          <ul className="audit-run-list">
            {doneRuns.map((r) => {
              const date = when(r.finishedAt ?? r.startedAt, locale, zone);
              return (
                <li key={r.id}>
                  <span>
                    <strong>{runName(r)}</strong> · {t('audits.runs.finishedOn', { date })} · {t('audits.runs.score')}: {percent(r.score)}
                  </span>
                  <button type="button" aria-label={t('audits.runs.viewLabel', { name: runName(r), date })} onClick={() => void go({ name: 'run', id: r.id })}>
                    {t('audits.runs.view')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {open?.kind === 'copy' && (
        <CopyDialog
          template={open.template}
          onClose={() => setOpen(null)}
          onCopied={(copy) => setOpen({ kind: 'edit', template: copy })}
        />
      )}
      {open?.kind === 'edit' && <EditDialog template={open.template} onClose={() => setOpen(null)} />}
      {open?.kind === 'start' && <StartDialog initial={open.template} onClose={() => setOpen(null)} />}
    </section>
  );
}
