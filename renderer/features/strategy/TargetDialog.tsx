import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TargetDraftInput } from '../../../shared/features/strategy/contract';
import { lowerIsBetter, targetKinds, type TargetKind } from '../../../shared/features/strategy/targets';
import { api } from '../../api';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FormDialog } from '../audits/FormDialog';

/** Set a new target or change one: what is measured, the value to reach, by when. */
export function TargetDialog({ target, onClose, onSaved }: { target: Target | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? 'max_profiles');
  const [value, setValue] = useState(target ? String(target.value) : '');
  const [dueOn, setDueOn] = useState(target?.dueOn ?? '');
  const [note, setNote] = useState(target?.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async () => {
    const draft: TargetDraftInput = { kind, value: value.trim() === '' ? Number.NaN : Number(value), dueOn, note };
    await api('targets.save', target ? { ...draft, id: target.id, version: target.version } : draft);
    onSaved();
  };
  return (
    <FormDialog
      title={t(target ? 'strategy.targets.editTitle' : 'strategy.targets.newTitle')}
      submitLabel={t('app.save')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
      className="form"
    >
      <Field label={t('strategy.targets.fields.kind')} error={errors.kind}>
        <select value={kind} onChange={(e) => setKind(e.target.value as TargetKind)}>
          {targetKinds.map((k) => (
            <option key={k} value={k}>
              {t(`strategy.targets.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t(lowerIsBetter(kind) ? 'strategy.targets.fields.valueProfiles' : 'strategy.targets.fields.valuePct')} error={errors.value}>
        <input type="number" inputMode="numeric" min={0} max={lowerIsBetter(kind) ? undefined : 100} value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <Field label={t('strategy.targets.fields.dueOn')} error={errors.dueOn}>
        <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </Field>
      <Field label={t('strategy.targets.fields.note')} error={errors.note}>
        <textarea value={note} maxLength={1000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
