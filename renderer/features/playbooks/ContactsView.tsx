import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/features/playbooks/contract';
import { api } from '../../api';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { byId, type ConflictField, useConflict } from '../../ui/conflict';
import { Dialog } from '../../ui/Dialog';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { onDataSourceChange } from '../app/store';
import { usePlaybooks } from './store';
import { PhoneLink } from '../../ui/PhoneLink';

type Draft = { id?: number; version?: number; name: string; role: string; phone: string; email: string; notes: string; alternateId: number | null };
const empty: Draft = { name: '', role: '', phone: '', email: '', notes: '', alternateId: null };
const draftOf = (c: Contact): Draft => ({ id: c.id, version: c.version, name: c.name, role: c.role, phone: c.phone, email: c.email, notes: c.notes, alternateId: c.alternateId });

/** The offline directory of who to call in a crisis. */
export function ContactsView() {
  const { t } = useTranslation();
  const { contacts, loadContacts } = usePlaybooks();
  const show = useToasts((s) => s.show);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [all, setAll] = useState<Contact[]>([]);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const conflict = useConflict(async () => byId(await api('contacts.list', {}), draft?.id as number));
  const contactFields: ConflictField<Draft>[] = [
    ...(['name', 'role', 'phone', 'email'] as const).map((k) => ({ label: t(`playbooks.contacts.${k}`), text: (d: Draft) => d[k] })),
    { label: t('playbooks.contacts.alternate'), text: (d) => (d.alternateId === null ? '' : (all.find((c) => c.id === d.alternateId)?.name ?? '')) },
    { label: t('playbooks.contacts.notes'), text: (d) => d.notes },
  ];

  useEffect(() => {
    const id = setTimeout(() => void loadContacts(query.trim() || undefined), 150);
    return () => clearTimeout(id);
  }, [query, loadContacts]);
  useEffect(() => onDataSourceChange(() => void loadContacts(query.trim() || undefined)), [query, loadContacts]);

  const edit = async (c: Draft) => {
    setAll(await api('contacts.list', {}));
    setError(null);
    conflict.clear();
    setDraft(c);
  };
  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!draft) return;
    try {
      await api('contacts.save', draft);
      setDraft(null);
      show(t('app.saved'));
      await loadContacts(query.trim() || undefined);
    } catch (err) {
      // A stale version keeps what was typed and offers to compare.
      setError(conflict.caught(err) ? null : err);
    }
  };
  const remove = async (c: Contact) => {
    await api('contacts.delete', { id: c.id, version: c.version });
    await loadContacts(query.trim() || undefined);
    show(t('playbooks.contacts.deleted'), {
      label: t('app.undo'),
      run: async () => {
        await api('contacts.restore', { id: c.id });
        await loadContacts(query.trim() || undefined);
      },
    });
  };
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => d && { ...d, [k]: v });

  return (
    <div>
      <div className="pb-toolbar">
        <h2>{t('playbooks.contacts.heading')}</h2>
        <input type="search" aria-label={t('playbooks.contacts.search')} placeholder={t('playbooks.contacts.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" className="primary" onClick={() => void edit({ ...empty })}>
          {t('playbooks.contacts.add')}
        </button>
      </div>
      {contacts.length === 0 ? (
        <p className="muted">{query ? t('playbooks.contacts.none') : t('playbooks.contacts.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('playbooks.contacts.name')}</th>
              <th scope="col">{t('playbooks.contacts.role')}</th>
              <th scope="col">{t('playbooks.contacts.phone')}</th>
              <th scope="col">{t('playbooks.contacts.email')}</th>
              <th scope="col">{t('playbooks.contacts.alternate')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('app.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.role}</td>
                <td>{c.phone && <PhoneLink phone={c.phone} />}</td>
                <td>{c.email}</td>
                <td>{c.alternateName ? `${c.alternateName} ${c.alternatePhone ?? ''}` : ''}</td>
                <td className="pb-nowrap">
                  <button type="button" aria-label={t('playbooks.contacts.edit', { name: c.name })} onClick={() => void edit(draftOf(c))}>
                    {t('app.edit')}
                  </button>{' '}
                  <button type="button" className="danger" aria-label={t('playbooks.contacts.remove', { name: c.name })} onClick={() => void remove(c)}>
                    {t('app.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        open={draft !== null}
        title={draft?.id ? t('playbooks.contacts.dialogEdit') : t('playbooks.contacts.dialogNew')}
        onClose={() => setDraft(null)}
        actions={
          <button type="button" className="primary" onClick={() => void save()}>
            {t('app.save')}
          </button>
        }
      >
        {draft && (
          <ConflictNotice
            conflict={conflict}
            message={t('playbooks.contacts.conflict')}
            draft={draft}
            toDraft={draftOf}
            fields={() => contactFields}
            onKeepMine={(row) => setDraft((d) => d && { ...d, version: row.version })}
            onUseTheirs={(row) => setDraft(draftOf(row))}
          />
        )}
        {draft && (
          <form className="form" onSubmit={save} noValidate>
            <Field label={t('playbooks.contacts.name')} error={errors.name}>
              <input value={draft.name} maxLength={200} onChange={(e) => set('name', e.target.value)} />
            </Field>
            <Field label={t('playbooks.contacts.role')} error={errors.role}>
              <input value={draft.role} maxLength={200} onChange={(e) => set('role', e.target.value)} />
            </Field>
            <Field label={t('playbooks.contacts.phone')} error={errors.phone}>
              <input type="tel" value={draft.phone} maxLength={60} onChange={(e) => set('phone', e.target.value)} />
            </Field>
            <Field label={t('playbooks.contacts.email')} error={errors.email}>
              <input type="email" value={draft.email} maxLength={200} onChange={(e) => set('email', e.target.value)} />
            </Field>
            <Field label={t('playbooks.contacts.alternate')} error={errors.alternateId}>
              <select value={draft.alternateId ?? ''} onChange={(e) => set('alternateId', e.target.value ? Number(e.target.value) : null)}>
                <option value="">{t('app.none')}</option>
                {all
                  .filter((c) => c.id !== draft.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} {c.role && `(${c.role})`}
                    </option>
                  ))}
              </select>
            </Field>
            <Field label={t('playbooks.contacts.notes')} error={errors.notes}>
              <textarea rows={2} value={draft.notes} maxLength={2000} onChange={(e) => set('notes', e.target.value)} />
            </Field>
            <button type="submit" hidden />
          </form>
        )}
      </Dialog>
    </div>
  );
}
