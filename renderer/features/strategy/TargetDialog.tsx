import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TargetDraftInput } from '../../../shared/features/strategy/contract';
import { lowerIsBetter, targetKinds, type TargetKind } from '../../../shared/features/strategy/targets';
import { api } from '../../api';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { byId, type ConflictField, useConflict, useVersionedDraft } from '../../ui/conflict';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FormDialog } from '../audits/FormDialog';

const formOf = (target: Target | null) => ({
  kind: (target?.kind ?? 'max_profiles') as TargetKind,
  value: target ? String(target.value) : '',
  dueOn: target?.dueOn ?? '',
  note: target?.note ?? '',
});
type TargetForm = ReturnType<typeof formOf>;

/** Set a new target or change one: what is measured, the value to reach, by when. */
export function TargetDialog({ target, onClose, onSaved }: { target: Target | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  // The target as last read: the one opened, or the version saved since that a stale save had the officer reload.
  const { draft: form, setDraft: setForm, base, choices } = useVersionedDraft(target, formOf);
  const { kind, value, dueOn, note } = form;
  const set = <K extends keyof TargetForm>(key: K) => (v: TargetForm[K]) => setForm((f) => ({ ...f, [key]: v }));
  const [setKind, setValue, setDueOn, setNote] = [set('kind'), set('value'), set('dueOn'), set('note')];
  const conflict = useConflict(async () => byId(await api('targets.list', {}), target?.id as number));
  const fields: ConflictField<TargetForm>[] = [
    { label: t('strategy.targets.fields.kind'), text: (d) => t(`strategy.targets.kinds.${d.kind}`) },
    { label: t(lowerIsBetter(kind) ? 'strategy.targets.fields.valueProfiles' : 'strategy.targets.fields.valuePct'), text: (d) => d.value },
    { label: t('strategy.targets.fields.dueOn'), text: (d) => d.dueOn },
    { label: t('strategy.targets.fields.note'), text: (d) => d.note },
  ];
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async () => {
    const draft: TargetDraftInput = { kind, value: value.trim() === '' ? Number.NaN : Number(value), dueOn, note };
    try {
      await api('targets.save', base ? { ...draft, id: base.id, version: base.version } : draft);
    } catch (err) {
      // A stale version keeps what was typed and offers to compare; anything else the dialog shows.
      if (!conflict.caught(err)) throw err;
      setError(null);
      return;
    }
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
      <ConflictNotice
        conflict={conflict}
        message={t('strategy.targets.conflict')}
        draft={form}
        fields={() => fields}
        {...choices}
      />
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
