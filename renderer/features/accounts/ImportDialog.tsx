import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/features/accounts/contract';
import { csvColumns } from '../../../shared/features/accounts/csv';
import { api } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { issueText } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FilePicker } from '../../ui/FilePicker';

interface Props {
  onClose(): void;
  onImported(result: ImportResult): void;
}

/** Choose or paste a CSV, check it (dry run: every problem listed), then import it. */
export function ImportDialog({ onClose, onImported }: Props) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const clean = checked !== null && checked.csv === csv && checked.result.errors.length === 0;

  // A chosen file is checked at once: nobody has to find the "check" button to learn what is wrong.
  const choose = async (file: File) => {
    const text = await file.text();
    setCsv(text);
    setChecked(null);
    await run(true, text);
  };

  const run = async (dryRun: boolean, text = csv) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api('accounts.importCsv', { csv: text, dryRun });
      setChecked({ csv: text, result });
      if (result.written) onImported(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const result = checked?.csv === csv ? checked.result : null;
  return (
    <Dialog
      open
      title={t('accounts.import.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void run(true)} disabled={busy || csv.trim() === ''}>
            {t('accounts.import.check')}
          </button>
          <button type="button" className="primary" onClick={() => void run(false)} disabled={busy || !clean}>
            {t('accounts.import.run')}
          </button>
        </>
      }
    >
      <p>{t('accounts.import.intro')}</p>
      <FilePicker label={t('accounts.import.file')} accept=".csv,text/csv,text/plain" onFile={(file) => void choose(file)} />
      <Field label={t('accounts.import.paste')}>
        <textarea
          rows={6}
          className="csv-text"
          value={csv}
          spellCheck={false}
          onChange={(e) => {
            setCsv(e.target.value);
          }}
        />
      </Field>
      <details className="csv-headers">
        <summary>{t('accounts.import.headers')}</summary>
        <p>{csvColumns.map((c) => `${c.es} / ${c.en}`).join(' · ')}</p>
      </details>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div role="status" aria-live="polite">
        {busy && <p>{t('accounts.import.checking')}</p>}
        {result && !busy && result.errors.length === 0 && (
          <p className="banner banner-ok">{t(result.written ? 'accounts.import.done' : 'accounts.import.clean', result)}</p>
        )}
        {result && !busy && result.errors.length > 0 && <p className="banner banner-error">{t('accounts.import.bad', { count: result.errors.length })}</p>}
      </div>
      {result && result.errors.length > 0 && (
        <div className="import-errors">
          <table>
            <caption>{t('accounts.import.errorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.import.row')}</th>
                <th scope="col">{t('accounts.import.column')}</th>
                <th scope="col">{t('accounts.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{issueText(t, { path: e.column, code: e.code, params: e.params })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
