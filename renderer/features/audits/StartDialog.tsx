import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditTemplate } from '../../../shared/features/audits/contract';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FormDialog } from './FormDialog';
import { accountLabel, templateName } from './labels';
import { useAudits } from './store';

/** Pick a template and what it covers: the whole presence or chosen accounts. */
export function StartDialog({ initial, onClose }: { initial: AuditTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const { templates, accounts, start } = useAudits();
  const [templateId, setTemplateId] = useState(initial.id);
  const template = templates.find((x) => x.id === templateId) ?? initial;
  const perAccount = template.kind === 'account';
  const [scopeChoice, setScope] = useState<'presence' | 'accounts'>('presence');
  const scope = perAccount ? 'accounts' : scopeChoice;
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const visible = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (!q) return accounts;
    return accounts.filter((a) => accountLabel(a).toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes(q));
  }, [accounts, filter]);
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
      error={error}
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
            {accounts.length === 0 ? (
              <p>{t('audits.start.noAccounts')}</p>
            ) : (
              <>
                <div className="audit-accounts-tools">
                  <label>
                    {t('audits.start.filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
                  </label>
                  <button type="button" onClick={() => setChosen(new Set([...chosen, ...visible.map((a) => a.id)]))}>
                    {t('audits.start.selectAll')}
                  </button>
                  <button type="button" onClick={() => setChosen(new Set())}>
                    {t('audits.start.selectNone')}
                  </button>
                </div>
                <ul className="audit-account-list">
                  {visible.map((a) => (
                    <li key={a.id}>
                      <label>
                        <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {accountLabel(a)}
                      </label>
                    </li>
                  ))}
                </ul>
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
