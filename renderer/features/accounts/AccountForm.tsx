import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api';
import { useTranslation } from 'react-i18next';
import { networkName, networks } from '../../../shared/domain/networks';
import type { Account, AccountDraftInput, AccountRef, AccountRole, AccountStatus } from '../../../shared/features/accounts/contract';
import { looksLikePassword } from '../../../shared/features/accounts/credentials';
import { isLowWeeklyTarget, SUGGESTED_WEEKLY_TARGET } from '../../../shared/features/calendar/rules';
import { Dialog } from '../../ui/Dialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { useConflict, useVersionedDraft } from '../../ui/conflict';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { ClosedDays } from '../strategy/ClosedDays';
import { OwnerFields, PersonSelect, usePeople } from '../strategy/OwnerFields';
import { WeekGrid } from '../strategy/WeekGrid';
import type { ServiceSlot } from '../../../shared/features/strategy/hours';
import { accountConflictFields } from './accountConflict';

/** Text inputs hold strings; the draft is built on submit. */
export interface FormState {
  network: Account['network'];
  handle: string;
  displayName: string;
  url: string;
  department: string;
  ownerName: string;
  ownerContact: string;
  /** '' for none. */
  deputyPersonId: string;
  role: AccountRole;
  purpose: string;
  audience: string;
  tone: string;
  serviceHours: ServiceSlot[];
  responseTargetHours: string;
  closedDays: string[];
  /** '' for nobody. */
  coveredByPersonId: string;
  postsPerWeekTarget: string;
  status: AccountStatus;
  lastActivityOn: string;
  ownerTrainedOn: string;
  twoFactor: Account['twoFactor'];
  credentialsLocation: string;
  brandingCheckedOn: string;
  notes: string;
  tags: string;
  /** '' for none. */
  mergeIntoId: string;
  listed: boolean;
}

const blank: FormState = {
  network: 'facebook',
  handle: '',
  displayName: '',
  url: '',
  department: '',
  ownerName: '',
  ownerContact: '',
  deputyPersonId: '',
  role: 'medium',
  purpose: '',
  audience: '',
  tone: '',
  serviceHours: [],
  responseTargetHours: '',
  closedDays: [],
  coveredByPersonId: '',
  postsPerWeekTarget: '3',
  status: 'active',
  lastActivityOn: '',
  ownerTrainedOn: '',
  twoFactor: 'unknown',
  credentialsLocation: '',
  brandingCheckedOn: '',
  notes: '',
  tags: '',
  mergeIntoId: '',
  listed: true,
};

function fromAccount(a: Account): FormState {
  // Only the form's own keys: the save channel refuses unknown ones (createdAt, deletedAt...).
  const own = Object.fromEntries(Object.keys(blank).map((k) => [k, a[k as keyof Account]])) as unknown as FormState;
  return {
    ...own,
    responseTargetHours: a.responseTargetHours === null ? '' : String(a.responseTargetHours),
    postsPerWeekTarget: String(a.postsPerWeekTarget),
    lastActivityOn: a.lastActivityOn ?? '',
    ownerTrainedOn: a.ownerTrainedOn ?? '',
    brandingCheckedOn: a.brandingCheckedOn ?? '',
    tags: a.tags.join(', '),
    mergeIntoId: a.mergeIntoId === null ? '' : String(a.mergeIntoId),
    deputyPersonId: a.deputyPersonId === null ? '' : String(a.deputyPersonId),
    coveredByPersonId: a.coveredByPersonId === null ? '' : String(a.coveredByPersonId),
  };
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));
/** A whole number typed under the rule of thumb: worth a word, not a refusal. */
const lowTarget = (s: string): boolean => {
  const n = num(s);
  return n !== null && Number.isInteger(n) && n >= 0 && isLowWeeklyTarget(n);
};
const day = (s: string): string | null => (s === '' ? null : s);

function toDraft(f: FormState, editing: Account | null): AccountDraftInput {
  const isChannel = f.role !== 'medium';
  return {
    ...(editing ? { id: editing.id, version: editing.version } : {}),
    ...f,
    // A medium has no service promises: hidden fields are not sent.
    serviceHours: isChannel ? f.serviceHours : [],
    responseTargetHours: isChannel ? num(f.responseTargetHours) : null,
    closedDays: isChannel ? f.closedDays : [],
    coveredByPersonId: isChannel && f.coveredByPersonId !== '' ? Number(f.coveredByPersonId) : null,
    postsPerWeekTarget: num(f.postsPerWeekTarget) ?? 3,
    lastActivityOn: day(f.lastActivityOn),
    ownerTrainedOn: day(f.ownerTrainedOn),
    brandingCheckedOn: day(f.brandingCheckedOn),
    tags: f.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    // A merge target only means something while the account is marked to merge.
    mergeIntoId: f.status === 'to_merge' && f.mergeIntoId !== '' ? Number(f.mergeIntoId) : null,
    // The owner goes by name (matched to a person, or a new one, on save).
    deputyPersonId: f.deputyPersonId === '' ? null : Number(f.deputyPersonId),
  };
}

interface Props {
  account: Account | null;
  departments: string[];
  onSave(draft: AccountDraftInput): Promise<unknown>;
  onClose(): void;
}

/** Create or edit one account, with each message next to its field. */
export function AccountForm({ account, departments, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The account as last read: the one opened, or the version saved since that a stale save had the officer reload.
  const { draft: form, setDraft: setForm, base, choices } = useVersionedDraft(account, (a) => (a ? fromAccount(a) : blank));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const conflict = useConflict(() => api('accounts.get', { id: account?.id as number }));
  const errors = fieldErrors(t, error);
  // Said before saving, so nobody has to submit to learn a password is not welcome here.
  const credentialsError = errors.credentialsLocation ?? (looksLikePassword(form.credentialsLocation) ? t('accounts.errors.passwordLike') : undefined);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const people = usePeople();
  const text = (key: Exclude<keyof FormState, 'serviceHours' | 'closedDays' | 'listed'>, props: Record<string, unknown> = {}) => (
    <input value={form[key]} onChange={(e) => set(key, e.target.value as never)} {...props} />
  );
  const isChannel = form.role !== 'medium';
  const [targets, setTargets] = useState<AccountRef[]>([]);
  const merging = form.status === 'to_merge';

  // Accounts on the same network this one could be merged into: those that stay
  // (one to merge is no target; its current target is kept so the form shows it).
  useEffect(() => {
    if (!merging) return;
    let live = true;
    api('accounts.list', { network: form.network, limit: 500 })
      .then((page) => live && setTargets(page.items.filter((a) => a.id !== account?.id && (a.status !== 'to_merge' || a.id === account?.mergeIntoId))))
      .catch(setError);
    return () => {
      live = false;
    };
  }, [merging, form.network, account?.id, account?.mergeIntoId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSave(toDraft(form, base));
    } catch (err) {
      // A stale version keeps the form as typed and offers to compare; anything else is said in the error banner.
      if (conflict.caught(err)) setError(null);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={account ? t('accounts.editNamed', { handle: account.handle }) : t('accounts.new')}
      onClose={onClose}
      actions={
        <button type="submit" form="account-form" className="primary" disabled={busy}>
          {t('app.save')}
        </button>
      }
    >
      <ConflictNotice
        conflict={conflict}
        message={t('accounts.conflict')}
        draft={form}
        fields={() => accountConflictFields(t, locale, people, targets)}
        {...choices}
      />
      <ErrorBanner error={error} onDismiss={() => setError(null)} labels={catalogLabels(t, 'accounts.fields')} />
      <form id="account-form" className="account-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('accounts.sections.identity')}</legend>
          <Field label={t('accounts.fields.network')} error={errors.network}>
            <select value={form.network} onChange={(e) => set('network', e.target.value as FormState['network'])}>
              {networks.map((n) => (
                <option key={n} value={n}>
                  {networkName(n, locale)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('accounts.fields.handle')} hint={t('accounts.hints.handle')} error={errors.handle}>
            {text('handle', { required: true, maxLength: 120, autoComplete: 'off' })}
          </Field>
          <Field label={t('accounts.fields.displayName')} error={errors.displayName}>
            {text('displayName', { maxLength: 200 })}
          </Field>
          <Field label={t('accounts.fields.url')} error={errors.url}>
            {text('url', { type: 'url', maxLength: 500, placeholder: 'https://' })}
          </Field>
          <Field label={t('accounts.fields.department')} error={errors.department}>
            {text('department', { maxLength: 120, list: 'account-departments' })}
          </Field>
          <datalist id="account-departments">
            {departments.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </fieldset>

        <fieldset>
          <legend>{t('accounts.sections.owner')}</legend>
          <OwnerFields
            people={people}
            ownerName={form.ownerName}
            deputyPersonId={form.deputyPersonId}
            errors={errors}
            onOwnerName={(v) => set('ownerName', v)}
            onDeputy={(v) => set('deputyPersonId', v)}
          />
          <Field label={t('accounts.fields.ownerContact')} error={errors.ownerContact}>
            {text('ownerContact', { maxLength: 200 })}
          </Field>
          <Field label={t('accounts.fields.ownerTrainedOn')} error={errors.ownerTrainedOn}>
            {text('ownerTrainedOn', { type: 'date' })}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('accounts.sections.purpose')}</legend>
          <Field label={t('accounts.fields.role')} hint={t('accounts.hints.role')} error={errors.role}>
            <select value={form.role} onChange={(e) => set('role', e.target.value as AccountRole)}>
              {(['medium', 'channel', 'both'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`accounts.roles.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('accounts.fields.purpose')} error={errors.purpose}>
            <textarea rows={2} value={form.purpose} maxLength={2000} onChange={(e) => set('purpose', e.target.value)} />
          </Field>
          <Field label={t('accounts.fields.audience')} error={errors.audience}>
            {text('audience', { maxLength: 1000 })}
          </Field>
          <Field label={t('accounts.fields.tone')} error={errors.tone}>
            {text('tone', { maxLength: 200 })}
          </Field>
          {form.role !== 'channel' && (
            <Field
              label={t('accounts.fields.postsPerWeekTarget')}
              error={errors.postsPerWeekTarget}
              warning={lowTarget(form.postsPerWeekTarget) ? t('accounts.hints.lowTarget', { suggested: SUGGESTED_WEEKLY_TARGET }) : undefined}
            >
              {text('postsPerWeekTarget', { type: 'number', min: 0, max: 100 })}
            </Field>
          )}
          {isChannel && (
            <>
              <WeekGrid slots={form.serviceHours} errors={errors} onChange={(slots) => set('serviceHours', slots)} />
              <ClosedDays days={form.closedDays} error={errors.closedDays ?? errors['closedDays.0']} onChange={(days) => set('closedDays', days)} />
              <Field label={t('accounts.fields.responseTargetHours')} error={errors.responseTargetHours}>
                {text('responseTargetHours', { type: 'number', min: 1 })}
              </Field>
              <PersonSelect
                label={t('strategy.cover.label')}
                none={t('strategy.cover.nobody')}
                people={people}
                value={form.coveredByPersonId}
                error={errors.coveredByPersonId}
                onChange={(v) => set('coveredByPersonId', v)}
              />
            </>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('accounts.sections.state')}</legend>
          <label className="inline-check">
            <input type="checkbox" checked={form.listed} onChange={(e) => set('listed', e.target.checked)} /> {t('strategy.directory.listed')}
          </label>
          <Field label={t('accounts.fields.status')} error={errors.status}>
            <select value={form.status} onChange={(e) => set('status', e.target.value as AccountStatus)}>
              {(['active', 'dormant', 'to_merge', 'to_close', 'closed'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`accounts.statuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {merging && (
            <Field label={t('accounts.fields.mergeIntoId')} error={errors.mergeIntoId}>
              <select value={form.mergeIntoId} onChange={(e) => set('mergeIntoId', e.target.value)}>
                <option value="">{t('accounts.noMerge')}</option>
                {targets.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.handle}
                    {a.displayName ? ` (${a.displayName})` : ''}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label={t('accounts.fields.lastActivityOn')} error={errors.lastActivityOn}>
            {text('lastActivityOn', { type: 'date' })}
          </Field>
          <Field label={t('accounts.fields.brandingCheckedOn')} error={errors.brandingCheckedOn}>
            {text('brandingCheckedOn', { type: 'date' })}
          </Field>
          <Field label={t('accounts.fields.twoFactor')} error={errors.twoFactor}>
            <select value={form.twoFactor} onChange={(e) => set('twoFactor', e.target.value as FormState['twoFactor'])}>
              {(['yes', 'no', 'unknown'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`accounts.twoFactor.${v}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('accounts.fields.credentialsLocation')} hint={t('accounts.hints.credentialsLocation')} error={credentialsError}>
            {text('credentialsLocation', { maxLength: 200, autoComplete: 'off', spellCheck: false })}
          </Field>
          <Field label={t('accounts.fields.tags')} hint={t('accounts.hints.tags')} error={errors.tags ?? errors['tags.0']}>
            {text('tags')}
          </Field>
          <Field label={t('accounts.fields.notes')} error={errors.notes}>
            <textarea rows={3} value={form.notes} maxLength={5000} onChange={(e) => set('notes', e.target.value)} />
          </Field>
        </fieldset>
      </form>
    </Dialog>
  );
}
