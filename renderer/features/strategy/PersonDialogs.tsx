import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/features/strategy/people';
import { api } from '../../api';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { type ConflictField, useConflict, useVersionedDraft } from '../../ui/conflict';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { FormDialog } from '../audits/FormDialog';

const formOf = (p: Person | null) => ({
  name: p?.name ?? '',
  jobTitle: p?.jobTitle ?? '',
  department: p?.department ?? '',
  email: p?.email ?? '',
  phone: p?.phone ?? '',
  committee: p?.committee ?? false,
});
type PersonForm = ReturnType<typeof formOf>;
const textKeys = ['name', 'jobTitle', 'department', 'email', 'phone'] as const;

/** Add someone to the people list or change their details. */
export function PersonDialog({ person, onClose, onSaved }: { person: Person | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  // The person as last read: the one opened, or the version saved since that a stale save had the officer reload.
  const { draft: f, setDraft: setF, base, choices } = useVersionedDraft(person, formOf);
  const conflict = useConflict(() => api('people.get', { id: person?.id as number }));
  const fields: ConflictField<PersonForm>[] = [
    ...textKeys.map((k) => ({ label: t(`strategy.people.fields.${k}`), text: (d: PersonForm) => d[k] })),
    { label: t('strategy.people.fields.committee'), text: (d) => (d.committee ? t('app.yes') : t('app.no')) },
  ];
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const text = (key: 'name' | 'jobTitle' | 'department' | 'email' | 'phone', max: number, type = 'text') => (
    <Field label={t(`strategy.people.fields.${key}`)} error={errors[key]}>
      <input type={type} value={f[key]} maxLength={max} onChange={(e) => setF({ ...f, [key]: e.target.value })} />
    </Field>
  );
  const submit = async () => {
    try {
      await api('people.save', base ? { ...f, id: base.id, version: base.version } : f);
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
      title={person ? t('strategy.people.editTitle', { name: person.name }) : t('strategy.people.newTitle')}
      submitLabel={t('app.save')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
      className="form"
    >
      <ConflictNotice
        conflict={conflict}
        message={t('strategy.people.conflict')}
        draft={f}
        fields={() => fields}
        {...choices}
      />
      {text('name', 120)}
      {text('jobTitle', 120)}
      {text('department', 120)}
      {text('email', 200, 'email')}
      {text('phone', 40, 'tel')}
      <label className="inline-check">
        <input type="checkbox" checked={f.committee} onChange={(e) => setF({ ...f, committee: e.target.checked })} /> {t('strategy.people.fields.committee')}
      </label>
    </FormDialog>
  );
}

/** Record a training someone received: what, when, by whom. */
export function TrainingDialog({ person, onClose, onSaved }: { person: Person; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [topic, setTopic] = useState('');
  const [on, setOn] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async () => {
    await api('people.addTraining', { personId: person.id, topic, on, by });
    onSaved();
  };
  return (
    <FormDialog
      title={t('strategy.people.training.title', { name: person.name })}
      submitLabel={t('app.save')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
      className="form"
    >
      <Field label={t('strategy.people.training.topic')} error={errors.topic}>
        <input value={topic} maxLength={200} onChange={(e) => setTopic(e.target.value)} />
      </Field>
      <Field label={t('strategy.people.training.on')} error={errors.on}>
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </Field>
      <Field label={t('strategy.people.training.by')} error={errors.by}>
        <input value={by} maxLength={120} onChange={(e) => setBy(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
