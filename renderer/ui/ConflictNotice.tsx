import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conflict, type ConflictField, differences } from './conflict';
import { errorText } from './errors';

interface Props<R, D> {
  conflict: Conflict<R>;
  /** The form's own sentence: «Otra persona ha guardado cambios en esta publicación mientras la editabas.» */
  message: string;
  draft: D;
  /** The row as saved now, read as the form holds a draft. */
  toDraft(saved: R): D;
  /** What to compare; given the saved side, since some fields exist only on one side (an account's own text). */
  fields(theirs: D, saved: R): readonly ConflictField<D>[];
  /** Keep the draft, now based on the version just read. */
  onKeepMine(saved: R): void;
  /** Replace the draft with the version just read. */
  onUseTheirs(saved: R): void;
}

/**
 * What a form shows after a stale save: the draft stays where it is, and
 * the officer reads the saved version beside it, field by field, before
 * choosing whose values go on. Nothing typed is dropped without that choice.
 */
export function ConflictNotice<R, D>({ conflict, message, draft, toDraft, fields, onKeepMine, onUseTheirs }: Props<R, D>) {
  const { t } = useTranslation();
  const { state } = conflict;
  const headingId = useId();
  const focusRef = useRef<HTMLElement | null>(null);
  const focusable = (el: HTMLElement | null) => {
    focusRef.current = el;
  };
  // Once per step, not per render: the officer may be typing in the form meanwhile.
  useEffect(() => {
    focusRef.current?.focus();
  }, [state.phase]);

  if (state.phase === 'idle') return null;
  if (state.phase === 'settled') {
    return (
      <p role="status" tabIndex={-1} ref={focusable} className="banner banner-ok conflict-settled">
        {state.kept === 'mine' ? t('conflict.keptMine') : t('conflict.usedTheirs')}
      </p>
    );
  }
  if (state.phase !== 'compare') {
    return (
      <div role="alert" className="banner banner-warning conflict">
        <span>
          {message} {state.phase === 'failed' ? errorText(t, state.error) : t('conflict.draftKept')}
        </span>
        <button type="button" ref={focusable} disabled={state.phase === 'loading'} onClick={() => void conflict.reload()}>
          {t('conflict.reload')}
        </button>
      </div>
    );
  }

  const saved = state.saved;
  const theirs = toDraft(saved);
  const rows = differences(fields(theirs, saved), draft, theirs);
  return (
    <section className="conflict conflict-compare" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={focusable}>
        {t('conflict.compareTitle')}
      </h3>
      <p>{message}</p>
      {rows.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <table>
          <caption>{t('conflict.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.theirs || <span className="muted">{t('conflict.empty')}</span>}</td>
                <td>{r.mine || <span className="muted">{t('conflict.empty')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('conflict.choose')}</p>
      <div className="conflict-actions">
        {(['mine', 'theirs'] as const).map((kept) => (
          <button
            key={kept}
            type="button"
            className={kept === 'mine' ? 'primary' : undefined}
            onClick={() => {
              (kept === 'mine' ? onKeepMine : onUseTheirs)(saved);
              conflict.settled(kept);
            }}
          >
            {kept === 'mine' ? t('conflict.keepMine') : t('conflict.useTheirs')}
          </button>
        ))}
      </div>
    </section>
  );
}
