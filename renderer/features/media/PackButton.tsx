import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useToasts } from '../../ui/toast';
import { currentFilter, useExports } from '../exports/store';

/** The publishing pack for the range and accounts the export page has chosen. */
export function PackButton() {
  const { t } = useTranslation();
  const { show } = useToasts();
  const s = useExports();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    const { from, to, accountIds } = currentFilter(s);
    setBusy(true);
    setError(null);
    try {
      const res = await api('exports.publishingPack', { from, to, ...(accountIds ? { accountIds } : {}) });
      if (res.path) show(t('media.pack.result', { count: res.posts, files: res.files }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy || s.busy !== null} onClick={() => void run()}>
        {t('media.pack.action')}
      </button>
      {error !== null && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
    </>
  );
}
