import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/** A shortcut's key, as the list shows it, and its line in the catalog. */
export const shortcutKeys = [
  ['c', 'c'],
  ['t', 't'],
  ['j', 'j'],
  ['k', 'k'],
  ['m', 'm'],
  ['w', 'w'],
  ['l', 'l'],
  ['/', 'slash'],
  ['?', 'question'],
  ['← → ↑ ↓', 'arrows'],
  ['Intro', 'enter'],
  ['Mayús+M', 'move'],
] as const;

export type ShortcutAction = 'new' | 'today' | 'next' | 'prev' | 'month' | 'week' | 'list' | 'search' | 'help';
const actionOf: Record<string, ShortcutAction> = { c: 'new', t: 'today', j: 'next', k: 'prev', m: 'month', w: 'week', l: 'list', '/': 'search', '?': 'help' };

/**
 * Google Calendar's one-key shortcuts on the calendar page. They stay quiet
 * while the officer types in a field, holds a modifier or has a dialog open.
 */
export function useShortcuts(run: (action: ShortcutAction) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, textarea, select, [contenteditable="true"]') || document.querySelector('dialog[open]')) return;
      const action = actionOf[e.key];
      if (!action) return;
      e.preventDefault();
      run(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run]);
}

/** The list that "?" opens. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('calendar.keys.title')} onClose={onClose}>
      <dl className="shortcut-list">
        {shortcutKeys.map(([key, name]) => (
          <div key={name}>
            <dt>
              <kbd>{key === 'Intro' ? t('calendar.keys.enterKey') : key === 'Mayús+M' ? t('calendar.keys.moveKey') : key}</kbd>
            </dt>
            <dd>{t(`calendar.keys.list.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
