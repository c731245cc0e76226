import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLength, networkName, networks, type Network } from '../../../shared/domain/networks';
import type { Contact, PlaybookContent } from '../../../shared/features/playbooks/contract';
import { api } from '../../api';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { useConflict } from '../../ui/conflict';
import { playbookConflictFields } from './playbookConflict';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { FactLabel } from './FactLabel';
import { PlaybookDocument } from './PlaybookDocument';
import { usePlaybooks } from './store';
import { dateTimeOf } from './time';

const duties = ['informs', 'approves', 'answers'] as const;
const toLines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** A textarea for a list of short lines; keeps what is typed (blank lines included) until saved. */
function LinesField({ label, value, onChange, error }: { label: string; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.join('\n'));
  return (
    <Field label={label} hint={t('playbooks.editor.linesHint')} error={error}>
      <textarea
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(toLines(e.target.value));
        }}
      />
    </Field>
  );
}

function Rows<T>({ legend, rows, render, add, onChange }: { legend: string; rows: T[]; render: (row: T, set: (r: T) => void, i: number) => ReactNode; add: () => T; onChange: (rows: T[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="pb-rows">
      <legend>{legend}</legend>
      {rows.map((r, i) => (
        <div key={i} className="pb-row">
          {render(r, (next) => onChange(rows.map((x, j) => (j === i ? next : x))), i)}
          <button type="button" aria-label={t('playbooks.editor.removeRow', { n: i + 1, list: legend })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('playbooks.editor.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, add()])}>
        {t('playbooks.editor.add')}
      </button>
    </fieldset>
  );
}

function Counted({ text, network }: { text: string; network: Network }) {
  const { t } = useTranslation();
  const c = checkLength(text, network);
  return (
    <small className={c.over ? 'pb-count over' : 'pb-count'}>
      {c.limit === null ? t('playbooks.editor.charsNoLimit', { count: c.count }) : t('playbooks.editor.chars', { count: c.count, limit: c.limit })}
    </small>
  );
}

/** Read a playbook (starters and old versions read-only), adapt an own copy, and save each change as a new version. */
export function PlaybookEditor() {
  const { t } = useTranslation();
  const locale = useLocale();
  const settings = useApp((s) => s.settings);
  const { playbook, go, openPlaybook, run, loadPlaybooks, error } = usePlaybooks();
  const show = useToasts((s) => s.show);
  const [draft, setDraft] = useState<PlaybookContent | null>(playbook?.content ?? null);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [addNetwork, setAddNetwork] = useState<Record<number, Network>>({});
  /** The version the next save stands on: the one opened, or the one a stale save had the officer reload. */
  const [baseVersion, setBaseVersion] = useState(playbook?.version ?? 0);
  /** Bumped when the saved version replaces the draft, so list fields that keep their own text start again from it. */
  const [formKey, setFormKey] = useState(0);
  const conflict = useConflict(() => api('playbooks.get', { id: playbook?.id as number }));
  const errors = fieldErrors(t, error);

  useEffect(() => {
    void api('contacts.list', {}).then(setContacts, () => undefined);
  }, []);
  if (!playbook || !draft) return null;
  const tz = settings?.timeZone ?? 'UTC';
  const old = playbook.shownVersion !== playbook.currentVersion;
  const readOnly = playbook.starterKey !== null || old;
  const set = <K extends keyof PlaybookContent>(k: K, v: PlaybookContent[K]) => setDraft({ ...draft, [k]: v });
  const err = (path: string) => errors[`content.${path}`];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const p = await run(async () => {
      try {
        return await api('playbooks.save', { id: playbook.id, version: baseVersion, locale: playbook.locale, content: draft });
      } catch (err) {
        // A stale version keeps the draft and offers to compare; anything else the page says.
        if (conflict.caught(err)) return null;
        throw err;
      }
    });
    if (p) {
      show(t('playbooks.editor.savedVersion', { n: p.currentVersion }));
      await loadPlaybooks();
      await openPlaybook(p.id);
    }
  };
  const copy = async () => {
    const p = await run(() => api('playbooks.copy', { id: playbook.id }));
    if (p) {
      show(t('playbooks.editor.copied'));
      await loadPlaybooks();
      await openPlaybook(p.id);
    }
  };
  const card = async () => {
    const saved = await run(() => api('playbooks.card', { id: playbook.id, version: playbook.shownVersion }));
    if (saved?.path) show(t('playbooks.editor.cardSaved', { path: saved.path }));
  };
  // The start form, with this playbook chosen: it asks for the facts its statements use.
  const start = () => go({ name: 'incidents', playbookId: playbook.id });
  const remove = async () => {
    if (!(await run(() => api('playbooks.delete', { id: playbook.id, version: playbook.version })))) return;
    await loadPlaybooks();
    go({ name: 'playbooks' });
    show(t('playbooks.list.deleted'), {
      label: t('app.undo'),
      run: async () => {
        await api('playbooks.restore', { id: playbook.id });
        await loadPlaybooks();
      },
    });
  };

  return (
    <div className="pb-editor">
      <button type="button" className="link-button" onClick={() => go({ name: 'playbooks' })}>
        {t('playbooks.editor.back')}
      </button>
      <h2>{playbook.content.name}</h2>
      <div className="form-actions">
        {playbook.starterKey && (
          <button type="button" className="primary" onClick={() => void copy()}>
            {t('playbooks.editor.copy')}
          </button>
        )}
        <button type="button" onClick={() => void card()}>
          {t('playbooks.editor.card')}
        </button>
        <button type="button" onClick={() => void start()}>
          {t('playbooks.editor.startIncident')}
        </button>
        {!playbook.starterKey && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('app.delete')}
          </button>
        )}
      </div>
      {playbook.starterKey && <p className="banner banner-warning">{t('playbooks.editor.starterNote')}</p>}
      {old && (
        <p className="banner banner-warning">
          {t('playbooks.editor.viewingOld', { n: playbook.shownVersion, date: dateTimeOf(playbook.versions.find((v) => v.number === playbook.shownVersion)?.savedAt ?? playbook.updatedAt, playbook.locale, tz) })}{' '}
          <button type="button" className="link-button" onClick={() => void openPlaybook(playbook.id)}>
            {t('playbooks.editor.backToCurrent')}
          </button>
        </p>
      )}
      <details className="pb-history">
        <summary>{t('playbooks.editor.history')} ({playbook.versions.length})</summary>
        <ul>
          {playbook.versions.map((v) => (
            <li key={v.number}>
              <button type="button" className="link-button" aria-current={v.number === playbook.shownVersion ? 'true' : undefined} onClick={() => void openPlaybook(playbook.id, v.number)}>
                {t('playbooks.editor.showVersion', { n: v.number })}
              </button>{' '}
              <span className="muted">
                {dateTimeOf(v.savedAt, playbook.locale, tz)} · {v.name}
              </span>
            </li>
          ))}
        </ul>
      </details>
      {readOnly ? (
        <PlaybookDocument content={draft} contacts={contacts} />
      ) : (
        <form key={formKey} onSubmit={save} noValidate>
          <ConflictNotice
            conflict={conflict}
            message={t('playbooks.editor.conflict')}
            draft={draft}
            toDraft={(row) => row.content}
            fields={() => playbookConflictFields(t)}
            onKeepMine={(row) => setBaseVersion(row.version)}
            onUseTheirs={(row) => {
              setBaseVersion(row.version);
              setDraft(row.content);
              setFormKey((k) => k + 1);
            }}
          />
          <fieldset className="pb-editor-form">
            <Field label={t('playbooks.editor.name')} error={err('name')}>
              <input value={draft.name} maxLength={200} onChange={(e) => set('name', e.target.value)} />
            </Field>
            <Field label={t('playbooks.editor.scenario')} error={err('scenario')}>
              <textarea rows={2} value={draft.scenario} onChange={(e) => set('scenario', e.target.value)} />
            </Field>
            <div className="pb-two">
              <LinesField label={t('playbooks.editor.criticalTopics')} value={draft.criticalTopics} onChange={(v) => set('criticalTopics', v)} />
              <LinesField label={t('playbooks.editor.triggers')} value={draft.triggers} onChange={(v) => set('triggers', v)} />
            </div>
            <Rows
              legend={t('playbooks.editor.attackers')}
              rows={draft.attackers}
              add={() => ({ who: '', grounds: '' })}
              onChange={(v) => set('attackers', v)}
              render={(r, setRow, i) => (
                <>
                  <Field label={t('playbooks.editor.who')} error={err(`attackers.${i}.who`)}>
                    <input value={r.who} onChange={(e) => setRow({ ...r, who: e.target.value })} />
                  </Field>
                  <Field label={t('playbooks.editor.grounds')}>
                    <input value={r.grounds} onChange={(e) => setRow({ ...r, grounds: e.target.value })} />
                  </Field>
                </>
              )}
            />
            <fieldset className="pb-rows">
              <legend>{t('playbooks.editor.levels')}</legend>
              {draft.severities.map((l, i) => (
                <div key={l.severity} className="pb-row">
                  <strong className={`sev sev-${l.severity}`}>{t(`playbooks.severity.${l.severity}`)}</strong>
                  <Field label={t('playbooks.editor.levelDescription')}>
                    <input value={l.description} onChange={(e) => set('severities', draft.severities.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
                  </Field>
                  <Field label={t('playbooks.editor.firstResponse')} error={err(`severities.${i}.firstResponseMinutes`)}>
                    <input type="number" min={1} value={l.firstResponseMinutes} onChange={(e) => set('severities', draft.severities.map((x, j) => (j === i ? { ...x, firstResponseMinutes: Number(e.target.value) } : x)))} />
                  </Field>
                  <Field label={t('playbooks.editor.updateEvery')} error={err(`severities.${i}.updateEveryMinutes`)}>
                    <input type="number" min={1} value={l.updateEveryMinutes} onChange={(e) => set('severities', draft.severities.map((x, j) => (j === i ? { ...x, updateEveryMinutes: Number(e.target.value) } : x)))} />
                  </Field>
                </div>
              ))}
            </fieldset>
            <Rows
              legend={t('playbooks.editor.checklist')}
              rows={draft.checklist}
              add={() => ({ fact: '', confirmWith: '' })}
              onChange={(v) => set('checklist', v)}
              render={(r, setRow, i) => (
                <>
                  <Field label={t('playbooks.editor.fact')} error={err(`checklist.${i}.fact`)}>
                    <input value={r.fact} onChange={(e) => setRow({ ...r, fact: e.target.value })} />
                  </Field>
                  <Field label={t('playbooks.editor.confirmWith')}>
                    <input value={r.confirmWith} onChange={(e) => setRow({ ...r, confirmWith: e.target.value })} />
                  </Field>
                </>
              )}
            />
            <Rows
              legend={t('playbooks.editor.responders')}
              rows={draft.responders}
              add={() => ({ duty: 'answers' as const, role: '', contactId: null })}
              onChange={(v) => set('responders', v)}
              render={(r, setRow, i) => (
                <>
                  <Field label={t('playbooks.editor.duty')}>
                    <select value={r.duty} onChange={(e) => setRow({ ...r, duty: e.target.value as (typeof duties)[number] })}>
                      {duties.map((d) => (
                        <option key={d} value={d}>
                          {t(`playbooks.duties.${d}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label={t('playbooks.editor.role')}>
                    <input value={r.role} onChange={(e) => setRow({ ...r, role: e.target.value })} />
                  </Field>
                  <Field label={t('playbooks.editor.contact')} error={err(`responders.${i}.contactId`)}>
                    <select value={r.contactId ?? ''} onChange={(e) => setRow({ ...r, contactId: e.target.value ? Number(e.target.value) : null })}>
                      <option value="">{t('playbooks.editor.noContact')}</option>
                      {contacts.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name} {c.role && `(${c.role})`}
                        </option>
                      ))}
                    </select>
                  </Field>
                </>
              )}
            />
            <LinesField label={t('playbooks.editor.steps')} value={draft.steps} onChange={(v) => set('steps', v)} />
            <div className="pb-two">
              <LinesField label={t('playbooks.editor.dos')} value={draft.dos} onChange={(v) => set('dos', v)} />
              <LinesField label={t('playbooks.editor.donts')} value={draft.donts} onChange={(v) => set('donts', v)} />
            </div>
            <LinesField label={t('playbooks.editor.keywords')} value={draft.keywords} onChange={(v) => set('keywords', v)} />
            <fieldset className="pb-rows">
              <legend>{t('playbooks.editor.statements')}</legend>
              <p className="muted">
                {t('playbooks.editor.placeholdersIntro')}{' '}
                {(['place', 'time', 'service', 'next_update'] as const).map((name) => (
                  <span key={name}>
                    <code>{`{{${name}}}`}</code> <FactLabel name={name} />{' '}
                  </span>
                ))}
              </p>
              {draft.statements.map((st, i) => {
                const setSt = (next: typeof st) => set('statements', draft.statements.map((x, j) => (j === i ? next : x)));
                const free = networks.filter((n) => !st.variants.some((v) => v.network === n));
                return (
                  <div key={i} className="pb-card pb-statement-edit">
                    <div className="pb-two">
                      <Field label={t('playbooks.editor.statementTitle')} error={err(`statements.${i}.title`)}>
                        <input value={st.title} onChange={(e) => setSt({ ...st, title: e.target.value })} />
                      </Field>
                      <Field label={t('playbooks.editor.statementKey')} error={err(`statements.${i}.key`)}>
                        <input value={st.key} pattern="[a-z0-9_-]+" onChange={(e) => setSt({ ...st, key: e.target.value })} />
                      </Field>
                    </div>
                    <Field label={`${st.title}: ${t('playbooks.editor.statementText')}`} error={err(`statements.${i}.text`)}>
                      <textarea rows={4} value={st.text} onChange={(e) => setSt({ ...st, text: e.target.value })} />
                    </Field>
                    {st.variants.map((v, j) => (
                      <div key={v.network} className="pb-variant">
                        <Field label={`${st.title}: ${t('playbooks.editor.variant', { network: networkName(v.network, locale) })}`} error={err(`statements.${i}.variants.${j}.text`)}>
                          <textarea rows={3} value={v.text} onChange={(e) => setSt({ ...st, variants: st.variants.map((x, k) => (k === j ? { ...x, text: e.target.value } : x)) })} />
                        </Field>
                        <Counted text={v.text} network={v.network} />
                        <button type="button" onClick={() => setSt({ ...st, variants: st.variants.filter((_, k) => k !== j) })}>
                          {t('playbooks.editor.removeVariant', { network: networkName(v.network, locale) })}
                        </button>
                      </div>
                    ))}
                    {free.length > 0 && (
                      <div className="pb-inline">
                        <select aria-label={t('playbooks.editor.addVariant')} value={addNetwork[i] ?? free[0]} onChange={(e) => setAddNetwork({ ...addNetwork, [i]: e.target.value as Network })}>
                          {free.map((n) => (
                            <option key={n} value={n}>
                              {networkName(n, locale)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          onClick={() => {
                            const n = addNetwork[i] && free.includes(addNetwork[i]) ? addNetwork[i] : free[0]!;
                            setSt({ ...st, variants: [...st.variants, { network: n, text: st.text }] });
                          }}
                        >
                          {t('playbooks.editor.addVariant')} {networkName(addNetwork[i] && free.includes(addNetwork[i]) ? addNetwork[i] : free[0]!, locale)}
                        </button>
                      </div>
                    )}
                    <button type="button" className="danger" onClick={() => set('statements', draft.statements.filter((_, j) => j !== i))}>
                      {t('playbooks.editor.removeStatement', { title: st.title })}
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => set('statements', [...draft.statements, { key: `s${draft.statements.length + 1}`, title: `${t('playbooks.editor.statementTitle')} ${draft.statements.length + 1}`, text: '{{place}} {{time}}', variants: [] }])}
              >
                {t('playbooks.editor.addStatement')}
              </button>
            </fieldset>
          </fieldset>
          <div className="form-actions pb-sticky">
            <button type="submit" className="primary">
              {t('playbooks.editor.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
