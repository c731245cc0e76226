import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FactLabel } from './FactLabel';
import { networkName } from '../../../shared/domain/networks';
import type { FilledStatement, Incident } from '../../../shared/features/playbooks/contract';
import { isKnownFact } from '../../../shared/features/playbooks/fill';
import { AccountPicker } from '../../ui/AccountPicker';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { usePlaybooks } from './store';
import { localToInstant } from '../../../shared/domain/time';
import { timeOf, toInputValue } from './time';

type Segments = FilledStatement['base']['segments'];
type Length = { count: number; limit: number | null; over: boolean };

/** The text with unfilled placeholders highlighted by their label («Lugar»), so nobody posts one unfilled. */
function Highlighted({ segments }: { segments: Segments }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'missing' ? (
          <FactLabel key={i} name={s.name ?? s.text.replace(/[{}]/gu, '')} />
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function Count({ length }: { length: Length }) {
  const { t } = useTranslation();
  return (
    <span className={length.over ? 'pb-count over' : 'pb-count'}>
      {length.limit === null ? t('playbooks.editor.charsNoLimit', { count: length.count }) : t('playbooks.editor.chars', { count: length.count, limit: length.limit })}
    </span>
  );
}

function CopyButton({ text, what, disabled }: { text: string; what: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      show(t('playbooks.incident.copied'));
    } catch {
      show(t('playbooks.incident.copyFailed'));
    }
  };
  return (
    <button type="button" onClick={() => void copy()} disabled={disabled} aria-label={t('playbooks.incident.copyLabel', { what })}>
      {t('playbooks.incident.copy')}
    </button>
  );
}

 /** Accounts a statement lists one by one; past this (a city has hundreds) they are grouped by the text they would post. */
const ACCOUNTS_LISTED = 12;

/**
 * A statement's texts for a city's accounts: one line per network and text
 * (accounts of a network post the same variant), with how many accounts
 * post it and, on demand, which.
 */
function TextsByNetwork({ statement }: { statement: FilledStatement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const groups = new Map<string, { network: string; text: string; length: Length; labels: string[] }>();
  for (const a of statement.accounts) {
    const key = `${a.network}\n${a.text}`;
    const g = groups.get(key);
    if (g) g.labels.push(a.label);
    else groups.set(key, { network: a.network, text: a.text, length: a.length, labels: [a.label] });
  }
  return (
    <ul>
      {[...groups.values()].map((g) => {
        const what = `${statement.title}, ${networkName(g.network, locale)}`;
        return (
          <li key={`${g.network}-${g.labels[0]}`}>
            <div className="pb-text-head">
              <strong>
                {networkName(g.network, locale)} · {t('playbooks.incident.accountsCount', { count: g.labels.length })}
              </strong>
              <Count length={g.length} />
              <CopyButton text={g.text} what={what} />
            </div>
            <details>
              <summary>{t('playbooks.incident.showAccounts', { count: g.labels.length, network: networkName(g.network, locale) })}</summary>
              <p>{g.labels.join(', ')}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

type Pending = { kind: 'statement_approved' | 'statement_published'; statement: FilledStatement } | null;

/** Where a statement stands, beside its buttons: drafted, approved by whom, published on which accounts. */
function Progress({ incident, statement }: { incident: Incident; statement: FilledStatement }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const tz = settings?.timeZone ?? 'UTC';
  const time = (iso: string) => timeOf(iso, incident.locale, tz);
  const p = incident.progress.find((x) => x.key === statement.key);
  const lines: string[] = [];
  if (p?.draftedAt) lines.push(t('playbooks.incident.stateDrafted', { time: time(p.draftedAt) }));
  if (p?.approvedAt) {
    lines.push(p.approvedBy ? t('playbooks.incident.stateApproved', { who: p.approvedBy, time: time(p.approvedAt) }) : t('playbooks.incident.stateApprovedNoWho', { time: time(p.approvedAt) }));
  }
  if (p?.published.length) {
    const list = p.published.map((x) => `${x.accountLabel || t('playbooks.incident.noAccount')} (${time(x.at)})`).join(', ');
    lines.push(t('playbooks.incident.statePublished', { list }));
  }
  return (
    <ul className="pb-progress" aria-label={t('playbooks.incident.stateLabel', { title: statement.title })}>
      {lines.length ? lines.map((l) => <li key={l}>{l}</li>) : <li className="muted">{t('playbooks.incident.stateNone')}</li>}
    </ul>
  );
}

/**
 * The statements as they read with the facts typed so far. Recording a draft,
 * an approval or a publication first keeps those facts (`beforeRecord`), since
 * the record is checked against what is stored.
 */
export function IncidentStatements({ incident, statements, beforeRecord }: { incident: Incident; statements: FilledStatement[]; beforeRecord: () => Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { updateIncident } = usePlaybooks();
  const settings = useApp((s) => s.settings);
  const tz = settings?.timeZone ?? 'UTC';
  const [pending, setPending] = useState<Pending>(null);
  const [who, setWho] = useState('');
  const [accountIds, setAccountIds] = useState<number[]>([]);
  const [at, setAt] = useState('');
  // Minute precision: send a time only when the officer changed it, otherwise the server's exact now.
  const [atTouched, setAtTouched] = useState(false);
  const factLabel = (n: string) => (isKnownFact(n) ? t(`playbooks.facts.${n}`) : n);

  const open = async (kind: NonNullable<Pending>['kind'], statement: FilledStatement) => {
    await beforeRecord();
    setPending({ kind, statement });
    setWho('');
    // The accounts this statement has not gone out on yet.
    const done = new Set(incident.progress.find((p) => p.key === statement.key)?.published.map((x) => x.accountId));
    setAccountIds(incident.accounts.filter((a) => !done.has(a.id)).map((a) => a.id));
    setAt(toInputValue(new Date().toISOString(), tz));
    setAtTouched(false);
  };
  const record = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!pending) return;
    const when = atTouched ? localToInstant(at, tz) : null;
    const ok = await updateIncident('incidents.addEvent', {
      id: incident.id,
      kind: pending.kind,
      statementKey: pending.statement.key,
      who: pending.kind === 'statement_approved' ? who : '',
      accountIds: pending.kind === 'statement_published' ? accountIds : [],
      ...(when ? { at: when } : {}),
    });
    if (ok) setPending(null);
  };

  return (
    <section className="pb-card" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{t('playbooks.incident.statementsHeading')}</h2>
      {statements.map((st) => (
        <article key={st.key} className="pb-statement" aria-label={st.title}>
          <header>
            <h3>{st.title}</h3>
            {st.ready ? (
              <span className="pb-badge ok">{t('playbooks.incident.ready')}</span>
            ) : (
              <span className="pb-badge warn">
                {st.missing.length > 0 && t('playbooks.incident.notReady', { missing: st.missing.map(factLabel).join(', ') })}
                {st.missing.length > 0 && st.overLimit.length > 0 && ' · '}
                {st.overLimit.length > 0 && t('playbooks.incident.overLimit', { list: st.overLimit.join(', ') })}
              </span>
            )}
          </header>
          <div className="pb-text-block">
            <div className="pb-text-head">
              <strong>{t('playbooks.incident.general')}</strong>
              <CopyButton text={st.base.text} what={`${st.title}, ${t('playbooks.incident.general')}`} />
            </div>
            <p className="pb-text" data-testid={`statement-${st.key}`}>
              <Highlighted segments={st.base.segments} />
            </p>
          </div>
          {st.variants.map((v) => (
            <div key={v.network} className="pb-text-block">
              <div className="pb-text-head">
                <strong>{networkName(v.network, locale)}</strong>
                <Count length={v.length} />
                <CopyButton text={v.filled.text} what={`${st.title}, ${networkName(v.network, locale)}`} />
              </div>
              <p className="pb-text">
                <Highlighted segments={v.filled.segments} />
              </p>
            </div>
          ))}
          {st.accounts.length > 0 && (
            <details className="pb-accounts">
              <summary>
                {t('playbooks.incident.textFor')} ({st.accounts.length})
              </summary>
              {st.accounts.length > ACCOUNTS_LISTED ? (
                <TextsByNetwork statement={st} />
              ) : (
              <ul>
                {st.accounts.map((a) => (
                  <li key={a.accountId}>
                    <div className="pb-text-head">
                      <strong>{a.label}</strong>
                      <Count length={a.length} />
                      <CopyButton text={a.text} what={`${st.title}, ${a.label}`} />
                    </div>
                  </li>
                ))}
              </ul>
              )}
            </details>
          )}
          <Progress incident={incident} statement={st} />
          <div className="form-actions">
            <button
              type="button"
              onClick={() =>
                void beforeRecord().then(() => updateIncident('incidents.addEvent', { id: incident.id, kind: 'statement_drafted', statementKey: st.key }))
              }
            >
              {t('playbooks.incident.markDrafted')}
            </button>
            <button type="button" disabled={!st.ready} onClick={() => void open('statement_approved', st)}>
              {t('playbooks.incident.markApproved')}
            </button>
            <button type="button" disabled={!st.ready} onClick={() => void open('statement_published', st)}>
              {t('playbooks.incident.markPublished')}
            </button>
          </div>
        </article>
      ))}
      <Dialog
        open={pending !== null}
        title={
          pending
            ? t(pending.kind === 'statement_approved' ? 'playbooks.incident.approveHeading' : 'playbooks.incident.publishHeading', { title: pending.statement.title })
            : ''
        }
        onClose={() => setPending(null)}
        actions={
          <button type="button" className="primary" onClick={() => void record()}>
            {t('playbooks.incident.record')}
          </button>
        }
      >
        <form className="form" onSubmit={record}>
          {pending?.kind === 'statement_approved' ? (
            <Field label={t('playbooks.incident.approvedBy')}>
              <input value={who} maxLength={200} onChange={(e) => setWho(e.target.value)} />
            </Field>
          ) : (
            <div className="pb-publish-accounts">
              <AccountPicker legend={t('playbooks.incident.publishedOn')} accounts={incident.accounts} chosen={accountIds} onChange={setAccountIds} />
              {accountIds.length === 0 && <p className="muted">{t('playbooks.incident.noAccount')}</p>}
            </div>
          )}
          <Field label={pending?.kind === 'statement_published' ? t('playbooks.incident.publishedAt') : t('playbooks.incident.entryAt')}>
            <input
              type="datetime-local"
              value={at}
              onChange={(e) => {
                setAt(e.target.value);
                setAtTouched(true);
              }}
            />
          </Field>
        </form>
      </Dialog>
    </section>
  );
}
