import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountStatus, BulkUpdateInput } from '../../../shared/features/accounts/contract';
import { usePeople } from '../strategy/OwnerFields';

interface Props {
  count: number;
  departments: string[];
  onApply(change: BulkUpdateInput['change']): Promise<void>;
  onClear(): void;
}

const statuses = ['active', 'dormant', 'to_close', 'closed'] as const satisfies readonly AccountStatus[];

/** One change for the rows chosen in the list: a status, a department or an owner, applied to all of them at once. */
export function BulkBar({ count, departments, onApply, onClear }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const [status, setStatus] = useState<(typeof statuses)[number]>('active');
  const [department, setDepartment] = useState('');
  const [owner, setOwner] = useState('');
  const [busy, setBusy] = useState(false);
  const apply = async (change: BulkUpdateInput['change']) => {
    setBusy(true);
    try {
      await onApply(change);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="bulk-bar" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('accounts.bulk.title', { count })}</h2>
      <div className="bulk-row">
        <label>
          {t('accounts.fields.status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`accounts.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void apply({ status })}>
          {t('accounts.bulk.applyStatus')}
        </button>
      </div>
      <div className="bulk-row">
        <label>
          {t('accounts.fields.department')}{' '}
          <input value={department} maxLength={120} list="bulk-departments" onChange={(e) => setDepartment(e.target.value)} />
        </label>
        <datalist id="bulk-departments">
          {departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <button type="button" disabled={busy} onClick={() => void apply({ department })}>
          {t('accounts.bulk.applyDepartment')}
        </button>
      </div>
      <div className="bulk-row">
        <label>
          {t('accounts.fields.ownerName')}{' '}
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('accounts.bulk.nobody')}</option>
            {people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void apply({ ownerPersonId: owner === '' ? null : Number(owner) })}>
          {t('accounts.bulk.applyOwner')}
        </button>
      </div>
      <button type="button" className="link-button" onClick={onClear}>
        {t('accounts.bulk.clear')}
      </button>
    </section>
  );
}
