import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useToasts } from '../../ui/toast';

/** Print a finished audit's report for the mayor's office (score, comparison, actions, targets, sign-off). */
export function ReportButton({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    try {
      const { path, pages } = await api('audits.reportPdf', { runId });
      if (path) show(t('strategy.report.saved', { count: pages, path }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('strategy.report.print')}
      </button>
    </>
  );
}
