import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkHandle } from '../../../shared/domain/networks';
import type { Campaign } from '../../../shared/features/calendar/contract';
import { formatDay } from '../../../shared/i18n/dates';
import { AppError } from '../../../shared/ipc/errors';
import { api } from '../../api';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { byId, type ConflictField, useConflict } from '../../ui/conflict';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { useCalendar } from './store';

/** Campaigns, institutional hashtag sets and the officer's own special days: list, create, edit, delete with undo. */
export function ManageLibrary() {
  const { t } = useTranslation();
  // Its forms are drawn once it is first unfolded (and kept, drafts and all, when it is folded again):
  // the calendar's first paint does not wait for three forms nobody opened.
  const [opened, setOpened] = useState(false);
  return (
    <details className="manage" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('calendar.manage')}</summary>
      {opened && (
        <div className="manage-grid">
          <CampaignForm />
          <HashtagSetForm />
          <SpecialDayForm />
        </div>
      )}
    </details>
  );
}

/** The row being edited: its id and the version the officer read (optimistic concurrency). */
interface Editing {
  id: number;
  version: number;
  name: string;
}

/**
 * One library form's state: the draft, which saved item it edits (if any)
 * and the last error. A failed save (a conflict, a validation) keeps the draft.
 * With `load` (the item as saved now), a stale save offers to reload and compare.
 */
function useLibraryForm<D, R = never>(blank: D, reload: () => Promise<void>, load?: (id: number) => Promise<R>) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const [draft, setDraft] = useState(blank);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conflict = useConflict<R>(() => (load && editing ? load(editing.id) : Promise.reject(new AppError('not_found'))));
  /** A stale version: the list is read again so that Edit opens the latest, while the form keeps what was typed. */
  const fail = (err: unknown) => {
    setError(load && editing && conflict.caught(err) ? null : err);
    if (err instanceof AppError && (err.code === 'conflict' || err.code === 'not_found')) void reload();
  };
  const reset = () => {
    setEditing(null);
    setDraft(blank);
    setError(null);
    conflict.clear();
  };
  return {
    conflict,
    /** "Keep mine": the draft stays, on the version just read. */
    rebase(item: Editing) {
      setEditing(item);
    },
    draft,
    setDraft,
    editing,
    error,
    errors: fieldErrors(t, error),
    nameRef,
    headingRef,
    reset,
    /** Load a saved item into the form and put the cursor in its name. */
    edit(item: Editing, d: D) {
      setEditing(item);
      setDraft(d);
      setError(null);
      conflict.clear();
      requestAnimationFrame(() => nameRef.current?.focus());
    },
    async save(e: FormEvent, write: (ref: Partial<Pick<Editing, 'id' | 'version'>>) => Promise<unknown>, saved: string, after: () => Promise<void> | void) {
      e.preventDefault();
      try {
        await write(editing ? { id: editing.id, version: editing.version } : {});
        reset();
        show(saved);
        await after();
      } catch (err) {
        fail(err);
      }
    },
    /** Delete, then offer Undo in a toast; the form lets go of the item if it was editing it. */
    async remove<R>(item: Editing, o: { run: () => Promise<R>; message: (r: R) => string; undo: () => Promise<unknown>; restored: string; after: () => Promise<void> | void }) {
      try {
        const r = await o.run();
        if (editing?.id === item.id) reset();
        else setError(null);
        // The item's buttons are gone: keep the keyboard in this section.
        headingRef.current?.focus();
        await o.after();
        show(o.message(r), {
          label: t('app.undo'),
          run: async () => {
            try {
              await o.undo();
              await o.after();
              show(o.restored);
            } catch (err) {
              fail(err);
            }
          },
        });
      } catch (err) {
        fail(err);
      }
    },
  };
}

/** Edit and Delete for one listed item, named after it for screen readers ("Editar Navidad"). */
function ItemActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="item-actions">
      <button type="button" aria-label={t('calendar.library.editItem', { name })} onClick={onEdit}>
        {t('calendar.library.edit')}
      </button>
      <button type="button" className="danger" aria-label={t('calendar.library.deleteItem', { name })} onClick={onDelete}>
        {t('calendar.library.delete')}
      </button>
    </span>
  );
}

/** Save, and Cancel while editing a saved item. */
function FormActions({ save, editing, onCancel }: { save: string; editing: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="primary">
        {save}
      </button>
      {editing && (
        <button type="button" onClick={onCancel}>
          {t('calendar.library.cancelEdit')}
        </button>
      )}
    </div>
  );
}

function CampaignForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { campaigns, accounts, loadLibrary, changed, forgetCampaign } = useCalendar();
  const blank = { name: '', color: '#1f5fa8', startsOn: '', endsOn: '', notes: '', accountIds: [] as number[] };
  type Draft = typeof blank;
  const draftOf = (c: Campaign): Draft => ({ name: c.name, color: c.color, startsOn: c.startsOn ?? '', endsOn: c.endsOn ?? '', notes: c.notes, accountIds: c.accountIds });
  const f = useLibraryForm(blank, loadLibrary, async (id) => byId(await api('campaigns.list', {}), id));
  const handleOf = (id: number) => {
    const a = accounts.find((x) => x.id === id);
    return a ? networkHandle(a.network, a.handle, locale) : `#${id}`;
  };
  const fields: ConflictField<Draft>[] = [
    ...(['name', 'color'] as const).map((k) => ({ label: t(`calendar.campaigns.${k}`), text: (x: Draft) => x[k] })),
    ...(['startsOn', 'endsOn'] as const).map((k) => ({ label: t(`calendar.campaigns.${k}`), text: (x: Draft) => (x[k] ? formatDay(x[k], 'd MMM yyyy', locale) : '') })),
    { label: t('calendar.campaigns.notes'), text: (x) => x.notes },
    { label: t('calendar.campaigns.accounts'), text: (x) => x.accountIds.map(handleOf).join(', ') },
  ];
  const d = f.draft;
  const setD = f.setDraft;
  const after = async () => {
    await loadLibrary();
    changed();
  };
  const title = f.editing ? t('calendar.campaigns.editNamed', { name: f.editing.name }) : t('calendar.campaigns.new');
  return (
    <section aria-labelledby="campaigns-title" className="library-section">
      <h2 id="campaigns-title" ref={f.headingRef} tabIndex={-1}>{t('calendar.campaigns.title')}</h2>
      {campaigns.length === 0 ? (
        <p className="muted">{t('calendar.campaigns.empty')}</p>
      ) : (
        <ul className="library-list">
          {campaigns.map((c) => (
            <li key={c.id} className={f.editing?.id === c.id ? 'editing' : undefined}>
              <span className="item-main">
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" /> <strong>{c.name}</strong>
                {(c.startsOn || c.endsOn) && <span className="muted">{` ${[c.startsOn, c.endsOn].map((x) => (x ? formatDay(x, 'd MMM yyyy', locale) : '…')).join(' – ')}`}</span>}
              </span>
              <ItemActions
                name={c.name}
                onEdit={() => f.edit({ id: c.id, version: c.version, name: c.name }, draftOf(c))}
                onDelete={() =>
                  void f.remove(
                    { id: c.id, version: c.version, name: c.name },
                    {
                      run: async () => {
                        const r = await api('campaigns.delete', { id: c.id, version: c.version });
                        forgetCampaign(c.id);
                        return r;
                      },
                      message: (r) => (r.posts > 0 ? t('calendar.campaigns.deletedWithPosts', { name: c.name, count: r.posts }) : t('calendar.campaigns.deleted', { name: c.name })),
                      undo: () => api('campaigns.restore', { id: c.id }),
                      restored: t('calendar.campaigns.restored', { name: c.name }),
                      after,
                    },
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form
        className="form library-form"
        onSubmit={(e) =>
          void f.save(
            e,
            (ref) => api('campaigns.save', { ...ref, name: d.name, color: d.color, startsOn: d.startsOn || null, endsOn: d.endsOn || null, notes: d.notes, accountIds: d.accountIds }),
            t('calendar.campaigns.saved'),
            after,
          )
        }
        noValidate
        aria-label={title}
      >
        <h3>{title}</h3>
        <ConflictNotice
          conflict={f.conflict}
          message={t('calendar.campaigns.conflict')}
          draft={d}
          toDraft={draftOf}
          fields={() => fields}
          onKeepMine={(c) => f.rebase({ id: c.id, version: c.version, name: c.name })}
          onUseTheirs={(c) => f.edit({ id: c.id, version: c.version, name: c.name }, draftOf(c))}
        />
        <ErrorBanner error={f.error} labels={catalogLabels(t, 'calendar.campaigns')} />
        <Field label={t('calendar.campaigns.name')} error={f.errors.name}>
          <input ref={f.nameRef} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </Field>
        <Field label={t('calendar.campaigns.color')} error={f.errors.color}>
          <input type="color" value={d.color} onChange={(e) => setD({ ...d, color: e.target.value })} />
        </Field>
        <div className="row">
          <Field label={t('calendar.campaigns.startsOn')} error={f.errors.startsOn}>
            <input type="date" value={d.startsOn} onChange={(e) => setD({ ...d, startsOn: e.target.value })} />
          </Field>
          <Field label={t('calendar.campaigns.endsOn')} error={f.errors.endsOn}>
            <input type="date" value={d.endsOn} onChange={(e) => setD({ ...d, endsOn: e.target.value })} />
          </Field>
        </div>
        <fieldset>
          <legend>{t('calendar.campaigns.accounts')}</legend>
          {accounts.map((a) => (
            <label key={a.id} className="inline">
              <input
                type="checkbox"
                checked={d.accountIds.includes(a.id)}
                onChange={(e) => setD({ ...d, accountIds: e.target.checked ? [...d.accountIds, a.id] : d.accountIds.filter((x) => x !== a.id) })}
              />
              {networkHandle(a.network, a.handle, locale)}
            </label>
          ))}
        </fieldset>
        <FormActions save={t('calendar.campaigns.save')} editing={f.editing !== null} onCancel={f.reset} />
      </form>
    </section>
  );
}

function HashtagSetForm() {
  const { t } = useTranslation();
  const { sets, loadLibrary } = useCalendar();
  const f = useLibraryForm({ name: '', tags: '' }, loadLibrary);
  const d = f.draft;
  const title = f.editing ? t('calendar.hashtagSets.editNamed', { name: f.editing.name }) : t('calendar.hashtagSets.new');
  return (
    <section aria-labelledby="sets-title" className="library-section">
      <h2 id="sets-title" ref={f.headingRef} tabIndex={-1}>{t('calendar.hashtagSets.title')}</h2>
      {sets.length === 0 ? (
        <p className="muted">{t('calendar.hashtagSets.empty')}</p>
      ) : (
        <ul className="library-list">
          {sets.map((s) => (
            <li key={s.id} className={f.editing?.id === s.id ? 'editing' : undefined}>
              <span className="item-main">
                <strong>{s.name}</strong> <span className="muted">{s.tags.map((x) => `#${x}`).join(' ')}</span>
              </span>
              <ItemActions
                name={s.name}
                onEdit={() => f.edit({ id: s.id, version: s.version, name: s.name }, { name: s.name, tags: s.tags.map((x) => `#${x}`).join(' ') })}
                onDelete={() =>
                  void f.remove(
                    { id: s.id, version: s.version, name: s.name },
                    {
                      run: () => api('hashtagSets.delete', { id: s.id, version: s.version }),
                      message: () => t('calendar.hashtagSets.deleted', { name: s.name }),
                      undo: () => api('hashtagSets.restore', { id: s.id }),
                      restored: t('calendar.hashtagSets.restored', { name: s.name }),
                      after: loadLibrary,
                    },
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form
        className="form library-form"
        onSubmit={(e) => void f.save(e, (ref) => api('hashtagSets.save', { ...ref, name: d.name, tags: d.tags.split(/[\s,]+/).filter(Boolean) }), t('calendar.hashtagSets.saved'), loadLibrary)}
        noValidate
        aria-label={title}
      >
        <h3>{title}</h3>
        <ErrorBanner error={f.error} labels={catalogLabels(t, 'calendar.hashtagSets')} />
        <Field label={t('calendar.hashtagSets.name')} error={f.errors.name}>
          <input ref={f.nameRef} value={d.name} onChange={(e) => f.setDraft({ ...d, name: e.target.value })} />
        </Field>
        <Field label={t('calendar.hashtagSets.tags')} hint={t('calendar.editor.hashtagsHint')} error={f.errors.tags ?? f.errors['tags.0']}>
          <input value={d.tags} onChange={(e) => f.setDraft({ ...d, tags: e.target.value })} />
        </Field>
        <FormActions save={t('calendar.hashtagSets.save')} editing={f.editing !== null} onCancel={f.reset} />
      </form>
    </section>
  );
}

/** The contract's limit on a special day's notes (SpecialDayDraft.notes). */
const SPECIAL_DAY_NOTES_MAX = 2000;

function SpecialDayForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { localDays, loadLibrary, changed } = useCalendar();
  const f = useLibraryForm({ name: '', day: '', recurring: true, notes: '' }, loadLibrary);
  const d = f.draft;
  const after = async () => {
    await loadLibrary();
    changed();
  };
  const title = f.editing ? t('calendar.specialDays.editNamed', { name: f.editing.name }) : t('calendar.specialDays.new');
  return (
    <section aria-labelledby="special-title" className="library-section">
      <h2 id="special-title" ref={f.headingRef} tabIndex={-1}>{t('calendar.specialDays.title')}</h2>
      <p className="muted">{t('calendar.specialDays.intro')}</p>
      {localDays.length === 0 ? (
        <p className="muted">{t('calendar.specialDays.empty')}</p>
      ) : (
        <ul className="library-list" aria-label={t('calendar.specialDays.list')}>
          {localDays.map((s) => {
            const name = s.name.es;
            const id = s.localId ?? 0;
            const version = s.version ?? 0;
            const year = s.day.slice(0, 4);
            return (
              <li key={s.key} className={f.editing?.id === id ? 'editing' : undefined}>
                <span className="item-main">
                  <strong>{name}</strong>{' '}
                  <span className="muted">
                    {formatDay(s.day, locale === 'es' ? "d 'de' MMMM" : 'd MMMM', locale)}, {s.recurring ? t('calendar.specialDays.yearly', { year }) : t('calendar.specialDays.once', { year })}
                  </span>
                  {s.notes && <span className="item-notes">{s.notes}</span>}
                </span>
                <ItemActions
                  name={name}
                  onEdit={() => f.edit({ id, version, name }, { name, day: s.day, recurring: s.recurring, notes: s.notes })}
                  onDelete={() =>
                    void f.remove(
                      { id, version, name },
                      {
                        run: () => api('specialDays.delete', { id, version }),
                        message: () => t('calendar.specialDays.deleted', { name }),
                        undo: () => api('specialDays.restore', { id }),
                        restored: t('calendar.specialDays.restored', { name }),
                        after,
                      },
                    )
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      <form className="form library-form" onSubmit={(e) => void f.save(e, (ref) => api('specialDays.save', { ...ref, ...d }), t('calendar.specialDays.saved'), after)} noValidate aria-label={title}>
        <h3>{title}</h3>
        <ErrorBanner error={f.error} labels={catalogLabels(t, 'calendar.specialDays')} />
        <Field label={t('calendar.specialDays.name')} error={f.errors.name}>
          <input ref={f.nameRef} value={d.name} onChange={(e) => f.setDraft({ ...d, name: e.target.value })} />
        </Field>
        <Field label={t('calendar.specialDays.day')} error={f.errors.day}>
          <input type="date" value={d.day} onChange={(e) => f.setDraft({ ...d, day: e.target.value })} />
        </Field>
        <label className="inline">
          <input type="checkbox" checked={d.recurring} onChange={(e) => f.setDraft({ ...d, recurring: e.target.checked })} />
          {t('calendar.specialDays.recurring')}
        </label>
        <Field label={t('calendar.specialDays.notes')} hint={t('calendar.specialDays.notesHint')} error={f.errors.notes}>
          <textarea rows={3} maxLength={SPECIAL_DAY_NOTES_MAX} value={d.notes} onChange={(e) => f.setDraft({ ...d, notes: e.target.value })} />
        </Field>
        <FormActions save={t('calendar.specialDays.save')} editing={f.editing !== null} onCancel={f.reset} />
      </form>
    </section>
  );
}
