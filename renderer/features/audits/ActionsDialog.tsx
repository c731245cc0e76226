import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail } from '../../../shared/features/audits/contract';
import type { Input } from '../../../shared/ipc/contract';
import { useToasts } from '../../ui/toast';
import { FormDialog } from './FormDialog';
import { accountLabel } from './labels';
import { useAudits } from './store';

type Kind = '' | 'to_merge' | 'to_close' | 'trained';
interface Row {
  action: Kind;
  mergeIntoId: number | null;
  trainedOn: string;
}

/** Turn a finished run's findings into decisions written on the accounts. */
export function ActionsDialog({ run, onClose }: { run: RunDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { accounts: live, applyActions } = useAudits();
  const show = useToasts((s) => s.show);
  // A health check acts on the accounts it reviewed; a presence audit on any live account.
  const accounts = run.kind === 'account' ? run.accounts.filter((a) => live.some((l) => l.id === a.id)) : live;
  const [rows, setRows] = useState<Record<number, Row>>({});
  const [error, setError] = useState<unknown>(null);
  const row = (id: number): Row => rows[id] ?? { action: '', mergeIntoId: null, trainedOn: '' };
  const set = (id: number, patch: Partial<Row>) => setRows({ ...rows, [id]: { ...row(id), ...patch } });

  const submit = async () => {
    const actions: Input<'audits.applyActions'>['actions'] = [];
    for (const a of accounts) {
      const r = row(a.id);
      if (!r.action) continue;
      const version = live.find((l) => l.id === a.id)?.version ?? a.version;
      actions.push({
        accountId: a.id,
        version,
        action: r.action,
        mergeIntoId: r.action === 'to_merge' ? r.mergeIntoId : null,
        trainedOn: r.action === 'trained' ? r.trainedOn || null : null,
      });
    }
    if (actions.length === 0) {
      setError(null);
      show(t('audits.actions.nothing'));
      return;
    }
    await applyActions({ runId: run.id, actions });
    show(t('audits.actions.applied'));
    onClose();
  };

  return (
    <FormDialog
      title={t('audits.actions.title')}
      submitLabel={t('audits.actions.apply')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
    >
      <p>{t('audits.actions.intro')}</p>
        <table className="audit-actions-table">
          <thead>
            <tr>
              <th scope="col">{t('audits.actions.account')}</th>
              <th scope="col">{t('audits.actions.column')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => {
              const label = accountLabel(a);
              const r = row(a.id);
              return (
                <tr key={a.id}>
                  <th scope="row">{label}</th>
                  <td className="audit-action-cell">
                    <select aria-label={t('audits.actions.action', { account: label })} value={r.action} onChange={(e) => set(a.id, { action: e.target.value as Kind })}>
                      <option value="">{t('audits.actions.none')}</option>
                      <option value="to_merge">{t('audits.actions.to_merge')}</option>
                      <option value="to_close">{t('audits.actions.to_close')}</option>
                      <option value="trained">{t('audits.actions.trained')}</option>
                    </select>
                    {r.action === 'to_merge' && (
                      <select
                        aria-label={t('audits.actions.mergeInto', { account: label })}
                        value={r.mergeIntoId ?? ''}
                        onChange={(e) => set(a.id, { mergeIntoId: e.target.value ? Number(e.target.value) : null })}
                      >
                        <option value="">{t('audits.actions.noTarget')}</option>
                        {live
                          .filter((x) => x.id !== a.id)
                          .map((x) => (
                            <option key={x.id} value={x.id}>
                              {accountLabel(x)}
                            </option>
                          ))}
                      </select>
                    )}
                    {r.action === 'trained' && (
                      <input
                        type="date"
                        required
                        aria-label={t('audits.actions.trainedOn', { account: label })}
                        value={r.trainedOn}
                        onChange={(e) => set(a.id, { trainedOn: e.target.value })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
    </FormDialog>
  );
}
