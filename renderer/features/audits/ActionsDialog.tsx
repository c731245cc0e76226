import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail, ScopeAccount } from '../../../shared/features/audits/contract';
import type { Input } from '../../../shared/ipc/contract';
import { useToasts } from '../../ui/toast';
import { FormDialog } from './FormDialog';
import { useLocale } from '../../ui/locale';
import { accountLabel } from './labels';
import { MergeTarget } from './MergeTarget';
import { useAudits } from './store';
import { usePagedAccounts } from './usePagedAccounts';

type Kind = '' | 'to_merge' | 'to_close' | 'trained';
interface Row {
  action: Kind;
  mergeInto: ScopeAccount | null;
  trainedOn: string;
  /** The account version the user saw when choosing. */
  version: number;
}

/**
 * Turn a finished run's findings into decisions written on the accounts.
 * At a large city's size the accounts come a page at a time, searched by
 * handle, name or department; decisions on accounts that a search hides are kept.
 */
export function ActionsDialog({ run, onClose }: { run: RunDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { applyActions, actionAccounts } = useAudits();
  const show = useToasts((s) => s.show);
  const hintId = useId();
  const statusId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const fetchPage = useCallback(
    (search: string, offset: number, limit: number) => actionAccounts({ runId: run.id, search, offset, limit }),
    [actionAccounts, run.id],
  );
  const { search, setSearch, searchKey, items, total, loading, error: pageError, more: nextPage, next } = usePagedAccounts(fetchPage);
  const [rows, setRows] = useState<Record<number, Row>>({});
  const [error, setError] = useState<unknown>(null);
  /** After "Show more": the first new row's control to focus, so the keyboard carries on from there. */
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    if (focusFrom.current === null || focusFrom.current >= items.length) return;
    const select = tableRef.current?.querySelectorAll('tbody tr')[focusFrom.current]?.querySelector('select');
    focusFrom.current = null;
    select?.focus();
  }, [items]);

  const row = (a: ScopeAccount): Row => rows[a.id] ?? { action: '', mergeInto: null, trainedOn: '', version: a.version };
  const set = (a: ScopeAccount, patch: Partial<Row>) => setRows({ ...rows, [a.id]: { ...row(a), ...patch } });
  const chosen = Object.values(rows).filter((r) => r.action).length;

  const more = () => {
    focusFrom.current = items.length;
    nextPage();
  };

  const submit = async () => {
    const actions: Input<'audits.applyActions'>['actions'] = [];
    for (const [id, r] of Object.entries(rows)) {
      if (!r.action) continue;
      actions.push({
        accountId: Number(id),
        version: r.version,
        action: r.action,
        mergeIntoId: r.action === 'to_merge' ? (r.mergeInto?.id ?? null) : null,
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
      error={error ?? pageError}
      setError={setError}
      className="audit-actions-form"
    >
      <p>{t('audits.actions.intro')}</p>
      <div className="audit-actions-tools">
        <label className="audit-actions-search">
          <span>{t('audits.actions.search')}</span>
          <input type="search" value={search} aria-describedby={hintId} onChange={(e) => setSearch(e.target.value)} onKeyDown={searchKey} />
          <small id={hintId} className="field-hint">
            {t('audits.actions.searchHint')}
          </small>
        </label>
        <p id={statusId} className="audit-actions-status" role="status">
          {loading && items.length === 0 ? t('audits.actions.loading') : t('audits.actions.shown', { shown: items.length, count: total })}
          {chosen > 0 && <strong> {t('audits.actions.chosen', { count: chosen })}</strong>}
        </p>
      </div>
      {!loading && total === 0 ? (
        <p className="muted">{t('audits.actions.noMatch')}</p>
      ) : (
        <table ref={tableRef} className="audit-actions-table" aria-describedby={statusId}>
          <thead>
            <tr>
              <th scope="col">{t('audits.actions.account')}</th>
              <th scope="col">{t('audits.actions.column')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const label = accountLabel(a, locale);
              const r = row(a);
              return (
                <tr key={a.id}>
                  <th scope="row">{label}</th>
                  <td className="audit-action-cell">
                    <select aria-label={t('audits.actions.action', { account: label })} value={r.action} onChange={(e) => set(a, { action: e.target.value as Kind })}>
                      <option value="">{t('audits.actions.none')}</option>
                      <option value="to_merge">{t('audits.actions.to_merge')}</option>
                      <option value="to_close">{t('audits.actions.to_close')}</option>
                      <option value="trained">{t('audits.actions.trained')}</option>
                    </select>
                    {r.action === 'to_merge' && <MergeTarget account={a} label={label} value={r.mergeInto} onChange={(mergeInto) => set(a, { mergeInto })} />}
                    {r.action === 'trained' && (
                      <input
                        type="date"
                        required
                        aria-label={t('audits.actions.trainedOn', { account: label })}
                        value={r.trainedOn}
                        onChange={(e) => set(a, { trainedOn: e.target.value })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {items.length < total && (
        <button type="button" className="audit-actions-more" disabled={loading} onClick={more}>
          {t('audits.actions.more', { count: next })}
        </button>
      )}
    </FormDialog>
  );
}
