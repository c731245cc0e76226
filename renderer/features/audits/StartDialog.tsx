import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../shared/domain/networks';
import type { AuditTemplate } from '../../../shared/features/audits/contract';
import { DepartmentSelect, NetworkSelect, useDepartments } from '../../ui/AccountFilters';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FormDialog } from './FormDialog';
import { useLocale } from '../../ui/locale';
import { accountLabel, pageStatus, templateName } from './labels';
import { useAudits } from './store';
import { usePagedAccounts } from './usePagedAccounts';

/** Pick a template and what it covers: the whole presence or chosen accounts. */
export function StartDialog({ initial, onClose }: { initial: AuditTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { templates, start, findAccounts } = useAudits();
  const [templateId, setTemplateId] = useState(initial.id);
  const template = templates.find((x) => x.id === templateId) ?? initial;
  const perAccount = template.kind === 'account';
  const [scopeChoice, setScope] = useState<'presence' | 'accounts'>('presence');
  const scope = perAccount ? 'accounts' : scopeChoice;
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const [department, setDepartment] = useState<string | undefined>();
  const [network, setNetwork] = useState<Network | undefined>();
  const departments = useDepartments();
  // Closed accounts have nothing left to audit: the list leaves them out.
  const filters = useMemo(() => ({ openOnly: true, ...(department !== undefined && { department }), ...(network && { network }) }), [department, network]);
  const fetchPage = useCallback((search: string, offset: number, limit: number) => findAccounts({ search, offset, limit, ...filters }), [findAccounts, filters]);
  const pages = usePagedAccounts(fetchPage);
  const narrowed = pages.query !== '' || department !== undefined || network !== undefined;
  const listId = useId();
  const chooseMatching = async () => {
    const { ids } = await findAccounts({ search: pages.query, limit: 1, allIds: true, ...filters });
    setChosen(new Set([...chosen, ...(ids ?? [])]));
  };
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const submit = async () => {
    await start({ templateId, scope, accountIds: scope === 'accounts' ? [...chosen] : [] });
    onClose();
  };
  return (
    <FormDialog
      title={t('audits.start.title')}
      submitLabel={t('audits.start.begin')}
      onClose={onClose}
      onSubmit={submit}
      error={error ?? pages.error}
      setError={setError}
      className="form"
    >
        <Field label={t('audits.start.template')} error={errors.templateId}>
          <select value={templateId} onChange={(e) => setTemplateId(Number(e.target.value))}>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {templateName(t, x)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="audit-scope">
          <legend>{t('audits.start.scope')}</legend>
          {(['presence', 'accounts'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="audit-scope" value={s} checked={scope === s} disabled={perAccount && s === 'presence'} onChange={() => setScope(s)} />{' '}
              {t(`audits.scopes.${s}`)}
            </label>
          ))}
          {perAccount && <small className="field-hint">{t('audits.start.perAccountHint')}</small>}
        </fieldset>
        {scope === 'accounts' && (
          <fieldset className="audit-accounts" aria-describedby={errors.accountIds ? 'audit-accounts-error' : undefined}>
            <legend>
              {t('audits.start.accounts')} · {t('audits.start.chosen', { count: chosen.size })}
            </legend>
            {pages.total === 0 && !narrowed && !pages.loading ? (
              <p>{t('audits.start.noAccounts')}</p>
            ) : (
              <>
                <div className="audit-accounts-tools">
                  <label>
                    {t('audits.start.search')}{' '}
                    <input type="search" value={pages.search} aria-controls={listId} onChange={(e) => pages.setSearch(e.target.value)} onKeyDown={pages.searchKey} />
                  </label>
                  <DepartmentSelect departments={departments} value={department} onChange={setDepartment} controls={listId} />
                  <NetworkSelect value={network} onChange={setNetwork} controls={listId} />
                </div>
                <div className="audit-accounts-tools">
                  <button type="button" disabled={pages.total === 0} onClick={() => void chooseMatching().catch(setError)}>
                    {narrowed ? t('audits.start.selectMatching', { count: pages.total }) : t('audits.start.selectAll', { count: pages.total })}
                  </button>
                  <button type="button" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
                    {t('audits.start.selectNone')}
                  </button>
                </div>
                <p className="muted audit-accounts-status" role="status">
                  {pageStatus(t, pages)}
                </p>
                <ul id={listId} className="audit-account-list">
                  {pages.items.map((a) => (
                    <li key={a.id}>
                      <label>
                        <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {accountLabel(a, locale)}
                      </label>
                    </li>
                  ))}
                </ul>
                {pages.items.length < pages.total && (
                  <button type="button" disabled={pages.loading} onClick={pages.more}>
                    {t('audits.actions.more', { count: pages.next })}
                  </button>
                )}
              </>
            )}
            {errors.accountIds && (
              <small id="audit-accounts-error" className="field-error">
                {errors.accountIds}
              </small>
            )}
          </fieldset>
        )}
    </FormDialog>
  );
}
