import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { ActionAccountsPage, ScopeAccount } from '../../../shared/features/audits/contract';

/** Accounts fetched per page ("Show N more" asks for the next one). */
export const ACCOUNTS_PAGE = 50;

/**
 * A searched list of accounts that comes a page at a time, for the audit
 * dialogs at a large city's size: typing searches after a pause (Enter at
 * once, without submitting the dialog's form), "more" adds the next page, and
 * an answer that arrives after a newer request is dropped.
 */
export function usePagedAccounts(fetchPage: (search: string, offset: number, limit: number) => Promise<ActionAccountsPage>) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<ScopeAccount[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const request = useRef(0);

  const load = useCallback(
    async (q: string, offset: number) => {
      const mine = ++request.current;
      setLoading(true);
      try {
        const page = await fetchPage(q, offset, ACCOUNTS_PAGE);
        if (mine !== request.current) return;
        setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]));
        setTotal(page.total);
        setError(null);
      } catch (err) {
        if (mine === request.current) setError(err);
      } finally {
        if (mine === request.current) setLoading(false);
      }
    },
    [fetchPage],
  );

  // Search as you type, without a request per key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search), search === query ? 0 : 250);
    return () => clearTimeout(timer);
  }, [search, query]);
  useEffect(() => {
    void load(query, 0);
  }, [load, query]);

  const searchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    setQuery(search);
  };

  return {
    search,
    setSearch,
    /** The search the shown items answer (search, once typing pauses). */
    query,
    searchKey,
    items,
    total,
    loading,
    error,
    setError,
    more: () => void load(query, items.length),
    /** How many the next "more" adds. */
    next: Math.min(ACCOUNTS_PAGE, total - items.length),
  };
}
