import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../ui/AccountPicker';

export interface PickOption<V> {
  value: V;
  label: string;
}

interface MultiPickProps<V> {
  /** The filter's name, shown above its button: "Cuentas". */
  label: string;
  /** What the button says while nothing is chosen (the filter lets everything through): "Todas". */
  allText: string;
  /** The button inside the list that empties this filter, named after it: "Quitar las cuentas elegidas". */
  clearText: string;
  options: PickOption<V>[];
  chosen: V[];
  onChange(next: V[]): void;
  /** A search box over the options, for long lists (a city has hundreds of accounts). */
  search?: { label: string; placeholder: string; none: (q: string) => string };
  /** What the open list shows instead of its checkboxes (the accounts' picker), given the field that takes the keyboard when it opens. */
  panel?: (first: RefObject<HTMLInputElement | null>) => ReactNode;
}


/**
 * A filter that takes several values: a button that says how many are chosen
 * and opens a list of checkboxes under it (with a search box when the list is
 * long). Escape or a click elsewhere closes it and the keyboard goes back to
 * the button.
 */
export function MultiPick<V extends string | number>({ label, allText, clearText, options, chosen, onChange, search, panel }: MultiPickProps<V>) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  // What was chosen when the list opened comes first, so the officer sees it
  // among hundreds; ticks made while it is open do not move anything.
  const [pinned, setPinned] = useState<ReadonlySet<V>>(new Set());
  const shown = useMemo(() => {
    const f = fold(q.trim());
    const found = f ? options.filter((o) => fold(o.label).includes(f)) : options;
    return pinned.size ? [...found.filter((o) => pinned.has(o.value)), ...found.filter((o) => !pinned.has(o.value))] : found;
  }, [options, q, pinned]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    setQ('');
    if (focusButton) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    // A click anywhere outside closes the list, as a native select does.
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) {
        setOpen(false);
        setQ('');
      }
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const summary = chosen.length === 0 ? allText : chosen.length === 1 ? (options.find((o) => o.value === chosen[0])?.label ?? '1') : t('calendar.filters.chosen', { count: chosen.length, total: options.length });
  // These buttons go away once used: the keyboard goes back to the top of the list, not to the page.
  const setAndRefocus = (next: V[]) => {
    onChange(next);
    first.current?.focus();
  };
  const toggle = (v: V, on: boolean) => onChange(on ? [...chosen, v] : chosen.filter((x) => x !== v));
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      // Escape closes this list, not a dialog or anything else around it.
      e.stopPropagation();
      e.preventDefault();
      close(true);
    }
  };

  return (
    <div
      className="field pick"
      ref={wrap}
      onKeyDown={onKey}
      onBlur={(e) => {
        // Tabbing out of the list closes it; moving within it does not.
        if (open && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) close(false);
      }}
    >
      <span id={`${id}-label`} className="pick-label">
        {label}
      </span>
      <button
        ref={button}
        type="button"
        className={chosen.length ? 'pick-button pick-active' : 'pick-button'}
        aria-labelledby={`${id}-label ${id}-value`}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => {
          if (open) return close(false);
          setPinned(new Set(chosen));
          setOpen(true);
        }}
      >
        <span id={`${id}-value`}>{summary}</span>
        <span aria-hidden="true" className="pick-caret">
          ▾
        </span>
      </button>
      {open && panel && (
        <div id={`${id}-panel`} className="pick-panel">
          {panel(first)}
        </div>
      )}
      {open && !panel && (
        <div id={`${id}-panel`} className="pick-panel">
          <fieldset>
            <legend>
              {label} · {t('calendar.filters.chosen', { count: chosen.length, total: options.length })}
            </legend>
            {search && (
              <label className="pick-search">
                <span>{search.label}</span>
                <input ref={first} type="search" value={q} placeholder={search.placeholder} onChange={(e) => setQ(e.target.value)} />
              </label>
            )}
            <div className="pick-tools">
              {q.trim() !== '' && shown.some((o) => !chosenSet.has(o.value)) && (
                <button type="button" onClick={() => setAndRefocus([...chosen, ...shown.filter((o) => !chosenSet.has(o.value)).map((o) => o.value)])}>
                  {t('calendar.filters.chooseShown', { count: shown.length })}
                </button>
              )}
              {chosen.length > 0 && (
                <button type="button" onClick={() => setAndRefocus([])}>
                  {clearText}
                </button>
              )}
            </div>
            {shown.length === 0 && search ? (
              <p className="muted" role="status">
                {search.none(q.trim())}
              </p>
            ) : (
              <ul className="pick-list">
                {shown.map((o, i) => (
                  <li key={o.value}>
                    <label className="inline">
                      <input ref={!search && i === 0 ? first : undefined} type="checkbox" checked={chosenSet.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
                      {o.label}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </div>
      )}
    </div>
  );
}
