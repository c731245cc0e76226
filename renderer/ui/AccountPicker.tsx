import { type RefObject, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An account as a picker lists it: its label ("Facebook @ayto"), its department and network to group by. */
export interface PickerAccount {
  id: number;
  label: string;
  department: string;
  network: string;
}

interface AccountPickerProps {
  legend: string;
  accounts: readonly PickerAccount[];
  chosen: readonly number[];
  onChange(next: number[]): void;
  /** Chosen accounts stay listed whatever the search or folding (the post editor); otherwise a group lists them only when open. */
  pinChosen?: boolean;
  /** The search box, for the one who opens the picker to put the keyboard there. */
  searchRef?: RefObject<HTMLInputElement | null>;
}

/** Case- and accent-insensitive form for the search box: "rio" finds "Río". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();

/** Accounts a picker lists before it offers a search box over them. */
const SEARCH_FROM = 8;
/** Accounts from which the departments fold: a city has hundreds, a town a handful. */
const FOLD_FROM = 40;

/**
 * Every account picker of the app: the accounts by department (then network
 * and handle), each department with how many of its accounts are chosen and
 * a button that chooses or drops the whole department; a search box over
 * network, handle, name and department; at a city's size the departments
 * fold, so a list of 600 shows 30 lines until one is opened or searched.
 */
export function AccountPicker({ legend, accounts, chosen, onChange, pinChosen = false, searchRef }: AccountPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const ownSearch = useRef<HTMLInputElement | null>(null);
  const searchBox = searchRef ?? ownSearch;
  // The buttons that choose what was found or clear the choice go away once used: the keyboard goes back to the search box.
  const andRefocus = (fn: () => void) => () => {
    fn();
    searchBox.current?.focus();
  };
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const folds = accounts.length >= FOLD_FROM;
  const query = fold(q.trim());
  const groups = useMemo(() => {
    const by = new Map<string, PickerAccount[]>();
    for (const a of accounts) {
      const list = by.get(a.department);
      if (list) list.push(a);
      else by.set(a.department, [a]);
    }
    // Named departments in order, the accounts with none last.
    return [...by]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
      .map(([department, list]) => ({ department, accounts: list.sort((x, y) => x.network.localeCompare(y.network) || x.label.localeCompare(y.label)) }));
  }, [accounts]);
  const matches = (a: PickerAccount) => !query || fold(`${a.label} ${a.department}`).includes(query);
  const found = query ? accounts.filter(matches) : [];
  const toAdd = found.filter((a) => !chosenSet.has(a.id));
  const name = (department: string) => department || t('picker.noDepartment');
  const set = (ids: number[], on: boolean) => {
    const change = new Set(ids);
    onChange(on ? [...chosen, ...ids.filter((x) => !chosenSet.has(x))] : chosen.filter((x) => !change.has(x)));
  };

  return (
    <fieldset className="account-picker">
      <legend>{legend}</legend>
      <p className="picker-summary">{t('picker.chosen', { count: chosen.length, total: accounts.length })}</p>
      {(accounts.length > SEARCH_FROM || searchRef) && (
        <div className="picker-search">
          <label htmlFor={`${id}-q`}>{t('picker.search')}</label>
          <input id={`${id}-q`} ref={searchBox} type="search" value={q} aria-describedby={`${id}-hint`} onChange={(e) => setQ(e.target.value)} />
          <span id={`${id}-hint`} className="hint">
            {t('picker.searchHint')}
          </span>
        </div>
      )}
      <div className="picker-tools">
        {toAdd.length > 0 && (
          <button type="button" onClick={andRefocus(() => set(toAdd.map((a) => a.id), true))}>
            {t('picker.chooseFound', { count: toAdd.length })}
          </button>
        )}
        {chosen.length > 0 && (
          <button type="button" onClick={andRefocus(() => onChange([]))}>
            {t('picker.clear')}
          </button>
        )}
      </div>
      {query && found.length === 0 && (
        <p className="muted" role="status">
          {t('picker.none', { q: q.trim() })}
        </p>
      )}
      <div className="picker-groups">
        {groups.map((g, index) => {
          const isOpen = !folds || open.has(g.department);
          const listed = g.accounts.filter((a) => (query ? matches(a) : isOpen) || (pinChosen && chosenSet.has(a.id)));
          if (query && !listed.length) return null;
          const inGroup = g.accounts.filter((a) => chosenSet.has(a.id)).length;
          const all = inGroup === g.accounts.length;
          const headId = `${id}-g${index}`;
          return (
            <section key={g.department} className="picker-group" aria-labelledby={headId}>
              <div className="picker-group-head">
                <h4 id={headId}>
                  {name(g.department)} <span className="count">{t('picker.groupCount', { count: g.accounts.length, chosen: inGroup })}</span>
                </h4>
                <button type="button" onClick={() => set(g.accounts.map((a) => a.id), !all)}>
                  {all ? t('picker.dropDepartment', { name: name(g.department) }) : t('picker.chooseDepartment', { name: name(g.department), count: g.accounts.length })}
                </button>
                {folds && !query && (
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={isOpen}
                    aria-controls={`${headId}-list`}
                    onClick={() => setOpen((o) => (o.has(g.department) ? new Set([...o].filter((d) => d !== g.department)) : new Set([...o, g.department])))}
                  >
                    {isOpen ? t('picker.hideDepartment', { name: name(g.department) }) : t('picker.showDepartment', { name: name(g.department), count: g.accounts.length })}
                  </button>
                )}
              </div>
              <ul id={`${headId}-list`} className="picker-list" hidden={listed.length === 0}>
                {listed.map((a) => (
                  <li key={a.id}>
                    <label className="inline">
                      <input type="checkbox" checked={chosenSet.has(a.id)} onChange={(e) => set([a.id], e.target.checked)} />
                      {a.label}
                    </label>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </fieldset>
  );
}
