import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditItem, RunDetail, ScopeAccount } from '../../../shared/features/audits/contract';
import { knownAnswer } from '../../../shared/features/audits/known';
import { type AnswerValue, answerValues, percent } from '../../../shared/features/audits/scoring';
import { todayIn } from '../../../shared/domain/time';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { ActionsDialog } from './ActionsDialog';
import { ReportButton } from '../strategy/ReportButton';
import { accountLabel, itemLabel, templateName, when } from './labels';
import { useAudits } from './store';

interface Draft {
  value: AnswerValue | null;
  note: string;
}
const keyOf = (accountId: number, itemKey: string) => `${accountId}:${itemKey}`;

/** Answer a run's items (per account for a health check), save and come back, then finish. */
export function RunScreen({ run }: { run: RunDetail }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { answer, finish, go } = useAudits();
  const show = useToasts((s) => s.show);
  const frozen = run.status === 'finished';
  const saved = useMemo(() => new Map(run.answers.map((a) => [keyOf(a.accountId, a.itemKey), { value: a.value, note: a.note } as Draft])), [run.answers]);
  const locale = settings?.locale ?? 'es';
  const zone = settings?.timeZone ?? 'Europe/Madrid';
  // A health check starts from what the inventory knows (two-factor, branding, trained owner): filled in, unsaved, editable.
  const known = useMemo(() => {
    const out = new Map<string, Draft>();
    if (frozen || run.kind !== 'account') return out;
    const today = todayIn(zone);
    for (const account of run.accounts) {
      for (const item of run.items) {
        const value = knownAnswer(item.key, account, today);
        const key = keyOf(account.id, item.key);
        if (value && !saved.has(key)) out.set(key, { value, note: '' });
      }
    }
    return out;
  }, [frozen, run.kind, run.accounts, run.items, saved, zone]);
  const [edits, setEdits] = useState<Map<string, Draft>>(() => new Map(known));
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [acting, setActing] = useState(false);

  const current = (accountId: number, itemKey: string): Draft =>
    edits.get(keyOf(accountId, itemKey)) ?? saved.get(keyOf(accountId, itemKey)) ?? { value: null, note: '' };
  const edit = (accountId: number, itemKey: string, patch: Partial<Draft>) => {
    const next = new Map(edits);
    next.set(keyOf(accountId, itemKey), { ...current(accountId, itemKey), ...patch });
    setEdits(next);
  };

  const pending = () =>
    [...edits].flatMap(([k, d]) => {
      if (!d.value) return [];
      const [acc, ...rest] = k.split(':');
      return [{ accountId: Number(acc), itemKey: rest.join(':'), value: d.value, note: d.note }];
    });

  const save = async (): Promise<boolean> => {
    const answers = pending();
    try {
      if (answers.length > 0) await answer({ runId: run.id, answers });
      setEdits(new Map());
      setError(null);
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };

  // Leaving keeps what was answered: unsaved answers are saved first.
  const leave = async () => {
    if (frozen || (await save())) await go({ name: 'home' });
  };

  const doFinish = async () => {
    setConfirming(false);
    if (!(await save())) return;
    try {
      await finish(run.id);
      show(t('audits.answer.finished'));
    } catch (err) {
      setError(err);
    }
  };

  const subjects: (ScopeAccount | null)[] = run.kind === 'account' ? run.accounts : [null];
  const name = templateName(t, { builtin: run.builtin, name: run.templateName });
  const accountScore = new Map(run.accountScores.map((s) => [s.accountId, s.score]));
  const labels = useMemo(() => new Map([...run.accounts, ...run.named].map((a) => [a.id, accountLabel(a, locale)])), [run.accounts, run.named, locale]);
  const accountName = (id: number) => labels.get(id) ?? `#${id}`;

  return (
    <section aria-labelledby="audit-run-title" className="page audit-run">
      <p>
        <button type="button" className="link-button" onClick={() => void leave()}>
          ← {t('audits.answer.back')}
        </button>
      </p>
      <h1 id="audit-run-title">{name}</h1>
      <p className="muted">
        {t(`audits.status.${run.status}`)} · {t(`audits.scopes.${run.scope}`)} · {t('audits.runs.started', { date: when(run.startedAt, locale, zone) })}
        {run.finishedAt && <> · {t('audits.runs.finishedOn', { date: when(run.finishedAt, locale, zone) })}</>}
      </p>
      <p className="audit-progress" aria-live="polite">
        {t('audits.answer.progress', { answered: run.answered, total: run.total })} ·{' '}
        {frozen ? t('audits.answer.score', { score: percent(run.score) }) : t('audits.answer.scoreSoFar', { score: percent(run.currentScore) })}
      </p>
      {frozen && <p className="banner banner-warning">{t('audits.answer.frozen')}</p>}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <form
        className="audit-answers"
        onSubmit={(e) => {
          e.preventDefault();
          void save().then((ok) => ok && show(t('audits.answer.saved')));
        }}
      >
        {subjects.map((account) => (
          <section key={account?.id ?? 0} className="audit-subject" aria-labelledby={account ? `audit-acc-${account.id}` : undefined}>
            {account && (
              <h2 id={`audit-acc-${account.id}`}>
                {accountLabel(account, locale)}
                {accountScore.has(account.id) && (
                  <span className="audit-score-chip"> {t('audits.answer.accountScore', { score: percent(accountScore.get(account.id) ?? null) })}</span>
                )}
              </h2>
            )}
            <ol className="audit-items">
              {run.items.map((item) => (
                <ItemAnswer
                  key={item.key}
                  item={item}
                  accountId={account?.id ?? 0}
                  draft={current(account?.id ?? 0, item.key)}
                  fromInventory={known.get(keyOf(account?.id ?? 0, item.key))?.value === current(account?.id ?? 0, item.key).value && !saved.has(keyOf(account?.id ?? 0, item.key))}
                  frozen={frozen}
                  onChange={(patch) => edit(account?.id ?? 0, item.key, patch)}
                />
              ))}
            </ol>
          </section>
        ))}
        {!frozen && (
          <div className="form-actions audit-sticky">
            {edits.size > 0 && <span className="muted">{t('audits.answer.unsaved')}</span>}
            <button type="submit">{t('audits.answer.save')}</button>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              {t('audits.answer.finish')}
            </button>
          </div>
        )}
      </form>
      {frozen && (
        <>
          <h2>{t('audits.answer.actionsTaken')}</h2>
          {run.actions.length === 0 ? (
            <p>{t('audits.answer.noActions')}</p>
          ) : (
            <ul>
              {run.actions.map((a) => (
                <li key={a.id}>
                  {accountName(a.accountId)}: {t(`audits.actions.done.${a.action}`, { date: a.trainedOn ?? '' })}
                  {a.mergeIntoId !== null && <> {t('audits.actions.into', { account: accountName(a.mergeIntoId) })}</>}
                  {a.note && <> — {a.note}</>}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" onClick={() => setActing(true)}>
            {t('audits.answer.actions')}
          </button>{' '}
          <ReportButton runId={run.id} />
        </>
      )}
      <Dialog
        open={confirming}
        title={t('audits.answer.finishTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <button type="button" className="primary" onClick={() => void doFinish()}>
            {t('audits.answer.finishConfirm')}
          </button>
        }
      >
        <p>{t('audits.answer.finishText')}</p>
      </Dialog>
      {acting && <ActionsDialog run={run} onClose={() => setActing(false)} />}
    </section>
  );
}

function ItemAnswer({
  item,
  accountId,
  draft,
  fromInventory,
  frozen,
  onChange,
}: {
  item: AuditItem;
  accountId: number;
  draft: Draft;
  /** Filled in from the inventory and not yet saved. */
  fromInventory: boolean;
  frozen: boolean;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const { t } = useTranslation();
  const label = itemLabel(t, item);
  const name = `a-${accountId}-${item.key}`;
  return (
    <li className={`audit-item audit-item-${draft.value ?? 'empty'}`}>
      <fieldset disabled={frozen}>
        <legend>{label}</legend>
        <div className="audit-choices">
          {answerValues.map((v) => (
            <label key={v}>
              <input type="radio" name={name} value={v} checked={draft.value === v} onChange={() => onChange({ value: v })} /> {t(`audits.answers.${v}`)}
            </label>
          ))}
        </div>
        {fromInventory && <small className="field-hint">{t('audits.answer.fromInventory')}</small>}
        <label className="audit-note">
          <span className="visually-hidden">{t('audits.answer.note', { item: label })}</span>
          <span aria-hidden="true">{t('audits.answer.noteShort')}</span>
          <input type="text" value={draft.note} maxLength={2000} onChange={(e) => onChange({ note: e.target.value })} />
        </label>
      </fieldset>
    </li>
  );
}
