import { localToInstant } from '../../../shared/domain/time';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkHandle, networkName } from '../../../shared/domain/networks';
import type { Post, PostStatus } from '../../../shared/features/calendar/contract';
import { postStatuses } from '../../../shared/features/calendar/statuses';
import type { PostMedia } from '../../../shared/features/media/contract';
import { checkGate, checklistItems, checklistMissing, isTextGateKey, lengthFor, misspelledTags, outgoingTexts, type ChecklistKey } from '../../../shared/features/calendar/rules';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { useConflict } from '../../ui/conflict';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { AccountPicker } from '../../ui/AccountPicker';
import { NetworkPreview } from './NetworkPreview';
import { Attachments } from '../media/Attachments';
import { MediaRuleNotes } from '../media/MediaRuleNotes';
import { postConflictFields } from './postConflict';
import { useCalendar } from './store';

type WhenKind = 'datetime' | 'day' | 'none';

export interface Draft {
  id?: number;
  version?: number;
  title: string;
  body: string;
  when: WhenKind;
  local: string;
  day: string;
  status: PostStatus;
  campaignId: number | null;
  link: string;
  tags: string;
  mediaNote: string;
  mediaAlt: string;
  internalNotes: string;
  checklist: Partial<Record<ChecklistKey, boolean>>;
  targets: Map<number, string>;
  media: PostMedia[];
}

const parseTags = (s: string): string[] => [...new Set(s.split(/[\s,]+/).map((t) => t.replace(/^#+/, '')).filter(Boolean))];

function fromPreset(preset: Partial<Input<'posts.save'>>, timeZone: string): Draft {
  const at = preset.scheduledAt ?? null;
  return {
    title: preset.title ?? '',
    body: preset.body ?? '',
    when: at ? 'datetime' : preset.scheduledDay ? 'day' : 'none',
    local: at ? formatInZone(at, "yyyy-MM-dd'T'HH:mm", 'es', timeZone) : '',
    day: preset.scheduledDay ?? '',
    status: preset.status ?? 'draft',
    campaignId: preset.campaignId ?? null,
    link: '',
    tags: '',
    mediaNote: '',
    mediaAlt: '',
    internalNotes: '',
    checklist: {},
    targets: new Map((preset.targets ?? []).map((t) => [t.accountId, t.text ?? ''])),
    media: [],
  };
}

function fromPost(p: Post, timeZone: string): Draft {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    body: p.body,
    when: p.scheduledAt ? 'datetime' : p.scheduledDay ? 'day' : 'none',
    local: p.scheduledAt ? formatInZone(p.scheduledAt, "yyyy-MM-dd'T'HH:mm", 'es', timeZone) : '',
    day: p.scheduledDay ?? '',
    status: p.status,
    campaignId: p.campaignId,
    link: p.link,
    tags: p.hashtags.map((h) => `#${h}`).join(' '),
    mediaNote: p.mediaNote,
    mediaAlt: p.mediaAlt,
    internalNotes: p.internalNotes,
    checklist: p.checklist,
    targets: new Map(p.targets.map((t) => [t.accountId, t.text ?? ''])),
    media: p.media,
  };
}

/** Networks of the accounts the draft targets, from the pickable list or from the post as saved. */
/** The chosen accounts' networks, each with its own text ('' when it uses the body). */
function chosenTargets(targets: Map<number, string>, accounts: { id: number; network: string }[], post: Post | null | undefined): { network: string; text: string }[] {
  const networkOf = new Map<number, string>([...(post?.targets ?? []).map((t) => [t.accountId, t.network] as const), ...accounts.map((a) => [a.id, a.network] as const)]);
  return [...targets].flatMap(([id, text]) => (networkOf.has(id) ? [{ network: networkOf.get(id) as string, text }] : []));
}

/** Whether the officer changed anything since the editor opened (the Map of texts compared by its entries). */
function isDirty(draft: Draft, opened: Draft | null): boolean {
  const plain = (d: Draft) => JSON.stringify({ ...d, targets: [...d.targets] });
  return opened !== null && plain(draft) !== plain(opened);
}

/** The post editor: texts per account with a live count per network, checklist, hashtags and date. */
export function PostEditor() {
  const { t } = useTranslation();
  const locale = useLocale();
  const settings = useApp((s) => s.settings);
  const timeZone = settings?.timeZone ?? 'Europe/Madrid';
  const { editor, accounts, campaigns, sets, closeEditor, changed, openPost } = useCalendar();
  const show = useToasts((s) => s.show);
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The draft as it opened: closing with anything different asks first. */
  const saved = useRef<Draft | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [suggestions, setSuggestions] = useState<{ tag: string; uses: number }[]>([]);
  const titleRef = useRef<HTMLInputElement>(null);
  /** The post as last read: the one opened, or the version saved since that a stale save had the officer reload. */
  const [reloaded, setReloaded] = useState<Post | null>(null);
  const editingId = editor?.kind === 'edit' ? editor.post.id : null;
  const conflict = useConflict(() => api('posts.get', { id: editingId as number }));
  const { clear: clearConflict } = conflict;
  const isOpen = draft !== null;
  // After the dialog opens (its own effect runs first), start on the title rather than the scrolling body.
  useEffect(() => {
    if (isOpen) titleRef.current?.focus();
  }, [isOpen]);

  useEffect(() => {
    setError(null);
    setSuggestions([]);
    setConfirmClose(false);
    setReloaded(null);
    clearConflict();
    const opened = !editor ? null : editor.kind === 'edit' ? fromPost(editor.post, timeZone) : fromPreset(editor.preset, timeZone);
    saved.current = opened;
    setDraft(opened);
  }, [editor, timeZone, clearConflict]);

  const lastWord = draft?.tags.split(/[\s,]+/).at(-1)?.replace(/^#+/, '') ?? '';
  useEffect(() => {
    if (!draft || lastWord.length < 2) return setSuggestions([]);
    let live = true;
    api('hashtags.suggest', { prefix: lastWord })
      .then((s) => live && setSuggestions(s))
      .catch(() => live && setSuggestions([]));
    return () => {
      live = false;
    };
  }, [lastWord, draft === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const tags = useMemo(() => parseTags(draft?.tags ?? ''), [draft?.tags]);
  const misspelled = useMemo(() => misspelledTags(tags, sets.flatMap((s) => s.tags)), [tags, sets]);

  if (!editor || !draft) return <Dialog open={false} title="" onClose={closeEditor}>{null}</Dialog>;
  const post = editor.kind === 'edit' ? (reloaded?.id === editor.post.id ? reloaded : editor.post) : null;
  const errors = fieldErrors(t, error);
  // Each change applies to the latest draft, not to the one this render saw:
  // two quick edits (a tick, then a keystroke) both land.
  const set = <K extends keyof Draft>(key: K, value: Draft[K] | ((prev: Draft[K]) => Draft[K])) =>
    setDraft((d) => (d ? { ...d, [key]: typeof value === 'function' ? (value as (prev: Draft[K]) => Draft[K])(d[key]) : value } : d));
  const requestClose = () => {
    if (confirmClose || !isDirty(draft, saved.current)) closeEditor();
    else setConfirmClose(true);
  };
  const missing = checklistMissing(draft.checklist);
  const chosen = chosenTargets(draft.targets, accounts, post);
  const gateMedia = { networks: chosen.map((c) => c.network), items: draft.media, texts: outgoingTexts(chosen, { body: draft.body, link: draft.link, hashtags: tags }) };

  // Accounts to show: the pickable ones and any the post already targets.
  const targetRows = [
    ...accounts.map((a) => ({ id: a.id, network: a.network, department: a.department, label: networkHandle(a.network, a.handle, locale) })),
    ...(post?.targets ?? [])
      .filter((pt) => !accounts.some((a) => a.id === pt.accountId))
      .map((pt) => ({ id: pt.accountId, network: pt.network, department: '', label: networkHandle(pt.network, pt.handle, locale) })),
  ];

  const accountLabel = (id: number, row: Post): string => {
    const target = row.targets.find((pt) => pt.accountId === id);
    return targetRows.find((a) => a.id === id)?.label ?? (target ? networkHandle(target.network, target.handle, locale) : String(id));
  };

  const toInput = (): Input<'posts.save'> => ({
    ...(draft.id !== undefined ? { id: draft.id, version: draft.version } : {}),
    title: draft.title,
    body: draft.body,
    scheduledAt: draft.when === 'datetime' ? localToInstant(draft.local, timeZone) : null,
    scheduledDay: draft.when === 'day' && draft.day ? draft.day : null,
    status: draft.status,
    campaignId: draft.campaignId,
    link: draft.link,
    hashtags: tags,
    mediaNote: draft.mediaNote,
    mediaAlt: draft.mediaAlt,
    internalNotes: draft.internalNotes,
    checklist: draft.checklist,
    targets: [...draft.targets].map(([accountId, text]) => ({ accountId, text: text.trim() ? text : null })),
    media: draft.media.map((m) => ({ mediaId: m.mediaId, alt: m.alt })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('posts.save', toInput());
      conflict.clear();
      show(t('calendar.editor.saved'));
      closeEditor();
      changed();
    } catch (err) {
      failed(err);
    }
  };

  /** A stale version keeps the draft and offers to compare; anything else is said in the error banner. */
  const failed = (err: unknown) => {
    if (conflict.caught(err)) setError(null);
    else setError(err);
  };
  /** The draft now stands on the version just read: its version for the next save, and the base for "unsaved changes". */
  const rebase = (row: Post, next: (d: Draft) => Draft) => {
    setReloaded(row);
    saved.current = fromPost(row, timeZone);
    setDraft((d) => (d ? next(d) : d));
  };

  const duplicate = async () => {
    if (!post) return;
    try {
      const copy = await api('posts.duplicate', { id: post.id });
      show(t('calendar.editor.duplicated'));
      changed();
      await openPost(copy.id);
    } catch (err) {
      setError(err);
    }
  };

  const remove = async () => {
    if (!post) return;
    try {
      await api('posts.delete', { id: post.id, version: post.version });
      closeEditor();
      changed();
      show(t('calendar.editor.deleted'), {
        label: t('app.undo'),
        run: async () => {
          await api('posts.restore', { id: post.id });
          changed();
        },
      });
    } catch (err) {
      failed(err);
    }
  };

  const statusError =
    // A text over its network's limit is said under that account's text, by its counter.
    errors.status ?? (checkGate(draft.status, draft.checklist, gateMedia).some((k) => !isTextGateKey(k)) ? t('calendar.editor.checklistPending', { count: missing.length }) : undefined);

  return (
    <Dialog
      open
      title={post ? t('calendar.editor.editTitle') : t('calendar.editor.newTitle')}
      onClose={requestClose}
      actions={
        <>
          {post && (
            <>
              <button type="button" onClick={duplicate}>
                {t('calendar.editor.duplicate')}
              </button>
              <button type="button" className="danger" onClick={remove}>
                {t('calendar.editor.delete')}
              </button>
            </>
          )}
          <button type="submit" form="post-editor" className="primary">
            {t('calendar.editor.save')}
          </button>
        </>
      }
    >
      {confirmClose && (
        <div role="alert" className="banner banner-warning unsaved">
          <span>{t('calendar.editor.unsaved')}</span>
          <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirmClose(false)}>
            {t('calendar.editor.keepEditing')}
          </button>
          <button type="button" className="danger" onClick={closeEditor}>
            {t('calendar.editor.discard')}
          </button>
        </div>
      )}
      <ConflictNotice
        conflict={conflict}
        message={t('calendar.editor.conflict')}
        draft={draft}
        toDraft={(row) => fromPost(row, timeZone)}
        fields={(theirs, row) => postConflictFields({ t, locale, timeZone, campaigns, accountLabel: (id) => accountLabel(id, row) }, draft, theirs)}
        onKeepMine={(row) => rebase(row, (d) => ({ ...d, version: row.version }))}
        onUseTheirs={(row) => rebase(row, () => fromPost(row, timeZone))}
      />
      <ErrorBanner error={error} onDismiss={() => setError(null)} labels={catalogLabels(t, 'calendar.editor', { scheduledAt: 'dateTime', scheduledDay: 'day', targets: 'accounts', 'targets.text': 'accounts', 'targets.accountId': 'accounts' })} />
      {post?.status === 'on_hold' && <p className="banner banner-warning">{t('calendar.editor.onHold')}</p>}
      {post?.changedSinceApproved && <p className="banner banner-warning">{t('calendar.editor.changedSinceApproved')}</p>}
      <form id="post-editor" className="form post-form" onSubmit={submit} noValidate>
        <Field label={t('calendar.editor.title')} error={errors.title}>
          <input ref={titleRef} value={draft.title} maxLength={200} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label={t('calendar.editor.body')} hint={t('calendar.editor.bodyHint')} error={errors.body}>
          <textarea rows={4} value={draft.body} onChange={(e) => set('body', e.target.value)} />
        </Field>
        <fieldset className="when">
          <legend>{t('calendar.editor.whenKind')}</legend>
          {(['datetime', 'day', 'none'] as const).map((k) => (
            <label key={k} className="inline">
              <input type="radio" name="when" value={k} checked={draft.when === k} onChange={() => set('when', k)} />
              {t(k === 'datetime' ? 'calendar.editor.whenDateTime' : k === 'day' ? 'calendar.editor.whenDay' : 'calendar.editor.whenNone')}
            </label>
          ))}
          {draft.when === 'datetime' && (
            <Field label={t('calendar.editor.dateTime')} hint={timeZone} error={errors.scheduledAt}>
              <input type="datetime-local" value={draft.local} onChange={(e) => set('local', e.target.value)} />
            </Field>
          )}
          {draft.when === 'day' && (
            <Field label={t('calendar.editor.day')} error={errors.scheduledDay}>
              <input type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} />
            </Field>
          )}
        </fieldset>
        <div className="row">
          <Field label={t('calendar.editor.status')} error={statusError}>
            <select value={draft.status} onChange={(e) => set('status', e.target.value as PostStatus)}>
              {postStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`calendar.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('calendar.editor.campaign')}>
            <select value={draft.campaignId ?? ''} onChange={(e) => set('campaignId', e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('calendar.editor.noCampaign')}</option>
              {/* A campaign deleted since: said so, not shown as "no campaign" while the post still points at it. */}
              {draft.campaignId !== null && !campaigns.some((c) => c.id === draft.campaignId) && <option value={draft.campaignId}>{t('calendar.editor.deletedCampaign')}</option>}
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {targetRows.length === 0 ? (
          <fieldset>
            <legend>{t('calendar.editor.accounts')}</legend>
            <p className="muted">{t('calendar.editor.noAccounts')}</p>
          </fieldset>
        ) : (
          <AccountPicker
            legend={t('calendar.editor.accounts')}
            accounts={targetRows}
            chosen={[...draft.targets.keys()]}
            pinChosen
            onChange={(next) => set('targets', (prev) => new Map(next.map((accountId) => [accountId, prev.get(accountId) ?? ''])))}
          />
        )}
        <div className="targets">
          {targetRows.filter((a) => draft.targets.has(a.id)).map((a) => {
            const index = [...draft.targets.keys()].indexOf(a.id);
            const own = draft.targets.get(a.id) ?? '';
            const check = lengthFor(a.network, own.trim() ? own : draft.body, draft.link, tags);
            const name = networkName(a.network, locale);
            const countText =
              check.limit === null
                ? t('calendar.editor.countNoLimit', { network: name, count: check.count })
                : check.over
                  ? t('calendar.editor.over', { network: name, length: check.count, limit: check.limit, count: -(check.remaining ?? 0) })
                  : t('calendar.editor.count', { network: name, count: check.count, limit: check.limit });
            return (
              <div key={a.id} className="target">
                    <p className="target-name">{a.label}</p>
                    <Field label={t('calendar.editor.ownText', { account: a.label })} hint={t('calendar.editor.ownTextHint')} error={errors[`targets.${index}.text`]}>
                      <textarea
                        rows={2}
                        value={own}
                        onChange={(e) => {
                          const text = e.target.value;
                          set('targets', (prev) => new Map(prev).set(a.id, text));
                        }}
                      />
                    </Field>
                    <p className={check.over ? 'count count-over' : 'count'} role={check.over ? 'alert' : undefined}>
                      {countText}
                    </p>
                    <MediaRuleNotes network={a.network} media={draft.media} />
              </div>
            );
          })}
        </div>
        <Field label={t('calendar.editor.link')} error={errors.link}>
          <input type="url" value={draft.link} onChange={(e) => set('link', e.target.value)} />
        </Field>
        <Field label={t('calendar.editor.hashtags')} hint={t('calendar.editor.hashtagsHint')} error={errors.hashtags}>
          <input value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
        </Field>
        {misspelled.map((m) => (
          <p key={m.tag} className="banner banner-warning">
            <span>{t('calendar.editor.misspelled', m)}</span>
            <button type="button" onClick={() => set('tags', tags.map((x) => (x === m.tag ? m.expected : x)).map((x) => `#${x}`).join(' '))}>
              {t('calendar.editor.fixTag', m)}
            </button>
          </p>
        ))}
        {(suggestions.length > 0 || sets.length > 0) && (
          <div className="chips" aria-label={t('calendar.editor.suggestions')} role="group">
            {suggestions
              .filter((s) => !tags.includes(s.tag))
              .map((s) => (
                <button
                  key={s.tag}
                  type="button"
                  onClick={() => set('tags', [...tags.slice(0, -1), s.tag].map((x) => `#${x}`).join(' ') + ' ')}
                >
                  {t('calendar.editor.addTag', { tag: s.tag })}
                </button>
              ))}
            {sets.map((s) => (
              <button key={s.id} type="button" onClick={() => set('tags', [...new Set([...tags, ...s.tags])].map((x) => `#${x}`).join(' '))}>
                {t('calendar.editor.useSet', { name: s.name })}
              </button>
            ))}
          </div>
        )}
        <Attachments media={draft.media} onChange={(update) => set('media', update)} error={errors.media} />
        <div className="row">
          <Field label={t('calendar.editor.mediaNote')} hint={t('calendar.editor.mediaNoteHint')}>
            <textarea rows={2} value={draft.mediaNote} onChange={(e) => set('mediaNote', e.target.value)} />
          </Field>
          <Field label={t('calendar.editor.mediaAlt')}>
            <textarea rows={2} value={draft.mediaAlt} onChange={(e) => set('mediaAlt', e.target.value)} />
          </Field>
        </div>
        <fieldset>
          <legend>{t('calendar.editor.checklist')}</legend>
          {checklistItems.map((k) => (
            <label key={k} className="inline check">
              <input type="checkbox" checked={draft.checklist[k] === true} onChange={(e) => {
                  const on = e.target.checked;
                  set('checklist', (prev) => ({ ...prev, [k]: on }));
                }} />
              {t(`calendar.checklistItems.${k}`)}
            </label>
          ))}
          <p className={missing.length ? 'muted' : 'ok'}>
            {missing.length ? t('calendar.editor.checklistPending', { count: missing.length }) : t('calendar.editor.checklistDone')}
          </p>
        </fieldset>
        <NetworkPreview
          targets={targetRows.filter((a) => draft.targets.has(a.id)).map((a) => ({ id: a.id, network: a.network, label: a.label, text: draft.targets.get(a.id)?.trim() ? draft.targets.get(a.id)! : draft.body }))}
          link={draft.link}
          tags={tags}
          mediaNote={draft.mediaNote}
          locale={locale}
        />
        <Field label={t('calendar.editor.internalNotes')}>
          <textarea rows={2} value={draft.internalNotes} onChange={(e) => set('internalNotes', e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
