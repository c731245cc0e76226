import { useCallback, useState } from 'react';
import { AppError } from '../../shared/ipc/errors';

/** One thing a form shows, as text the officer can compare: "Título interno", and how a draft reads there. */
export interface ConflictField<D> {
  label: string;
  text(draft: D): string;
}

/** A field where the version saved since and the officer's draft say different things. */
export interface Difference {
  label: string;
  theirs: string;
  mine: string;
}

/** The fields whose texts differ, in the order the form shows them. */
export function differences<D>(fields: readonly ConflictField<D>[], mine: D, theirs: D): Difference[] {
  return fields.flatMap((f) => {
    const a = f.text(theirs);
    const b = f.text(mine);
    return a === b ? [] : [{ label: f.label, theirs: a, mine: b }];
  });
}

/**
 * Where a stale save stands: `stale` right after the save answered
 * `conflict`; `compare` once the row as saved now has been read; `failed`
 * when reading it failed (it was deleted meanwhile, say); `settled` once the
 * officer chose, until the next save.
 */
export type ConflictState<R> =
  | { phase: 'idle' }
  | { phase: 'stale' }
  | { phase: 'loading' }
  | { phase: 'compare'; saved: R }
  | { phase: 'failed'; error: unknown }
  | { phase: 'settled'; kept: 'mine' | 'theirs' };

export const isConflict = (err: unknown): boolean => err instanceof AppError && err.code === 'conflict';

/**
 * A form's answer to a stale save. The draft stays in the form throughout;
 * only the officer's choice ("keep mine" or "use what is saved") changes it.
 */
export function useConflict<R>(load: () => Promise<R>) {
  const [state, setState] = useState<ConflictState<R>>({ phase: 'idle' });
  // Stable, for the effect that resets a form when it opens another row.
  const clear = useCallback(() => setState({ phase: 'idle' }), []);
  return {
    state,
    /** After a failed save: true (and the notice shows) when it was a conflict; the caller shows any other error itself. */
    caught(err: unknown): boolean {
      if (!isConflict(err)) return false;
      setState({ phase: 'stale' });
      return true;
    },
    /** Read the row as it is saved now, to compare it with the draft. */
    async reload(): Promise<void> {
      setState({ phase: 'loading' });
      try {
        setState({ phase: 'compare', saved: await load() });
      } catch (error) {
        setState({ phase: 'failed', error });
      }
    },
    /** The officer chose: "keep mine" (the next save writes the draft over the version just read) or "use what is saved". */
    settled(kept: 'mine' | 'theirs'): void {
      setState({ phase: 'settled', kept });
    },
    /** A save went through, or the form opened another row. */
    clear,
  };
}

export type Conflict<R> = ReturnType<typeof useConflict<R>>;

/** The row with this id in a list read again (for features with no get channel), or `not_found` when it was deleted meanwhile. */
export function byId<R extends { id: number }>(rows: readonly R[], id: number): R {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new AppError('not_found', { id });
  return row;
}

/**
 * A form's draft with the row it stands on: `base` gives the version the
 * next save sends. `choices` are the notice's answers: keep the draft on the
 * row just read, or take that row as the draft.
 */
export function useVersionedDraft<R, D>(row: R | null, formOf: (row: R | null) => D) {
  const [draft, setDraft] = useState(() => formOf(row));
  const [base, setBase] = useState(row);
  return {
    draft,
    setDraft,
    base,
    choices: {
      toDraft: (saved: R) => formOf(saved),
      onKeepMine: (saved: R) => setBase(saved),
      onUseTheirs: (saved: R) => {
        setBase(saved);
        setDraft(formOf(saved));
      },
    },
  };
}
