import type { MenuItemConstructorOptions } from 'electron';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';
import type { Locale } from '../../shared/ipc/schemas';

/**
 * The native menu as data, in the app's language, from the i18n catalogs.
 * Electron's types only: a unit test builds it in plain Node.
 */

export type MenuText = (typeof es)['menu'];

export function menuText(locale: Locale): MenuText {
  return (locale === 'en' ? en.menu : es.menu) as MenuText;
}

/** `{{name}}` placeholders, as in the renderer's catalog. */
export function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, key: string) => params[key] ?? m);
}

export interface MenuActions {
  backupNow(): void;
  showDataFolder(): void;
  about(): void;
}

export function menuTemplate(
  locale: Locale,
  actions: MenuActions,
  options: { mac: boolean; devTools: boolean },
): MenuItemConstructorOptions[] {
  const t = menuText(locale);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: t.resetZoom },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: t.devTools });
  return [
    ...(options.mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: t.file,
      submenu: [
        { id: 'backup-now', label: t.backupNow, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.backupNow() },
        { id: 'show-data', label: t.showDataFolder, click: () => actions.showDataFolder() },
        ...(options.mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.window,
      role: 'window',
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [{ id: 'about', label: t.about, click: () => actions.about() }],
    },
  ];
}

export interface ContextFacts {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  canCut: boolean;
  canCopy: boolean;
  canPaste: boolean;
  hasSelection: boolean;
}

/** The right-click menu: spelling suggestions in text fields, then cut/copy/paste. Empty when there is nothing to offer. */
export function contextMenuTemplate(
  locale: Locale,
  facts: ContextFacts,
  actions: { replace(word: string): void; addToDictionary(word: string): void },
): MenuItemConstructorOptions[] {
  const t = menuText(locale);
  const items: MenuItemConstructorOptions[] = [];
  if (facts.isEditable && facts.misspelledWord) {
    if (facts.dictionarySuggestions.length === 0) items.push({ label: t.noSuggestions, enabled: false });
    for (const word of facts.dictionarySuggestions.slice(0, 6)) items.push({ label: word, click: () => actions.replace(word) });
    items.push({ label: t.addToDictionary, click: () => actions.addToDictionary(facts.misspelledWord) }, { type: 'separator' });
  }
  if (facts.isEditable) {
    items.push(
      { role: 'cut', label: t.cut, enabled: facts.canCut },
      { role: 'copy', label: t.copy, enabled: facts.canCopy },
      { role: 'paste', label: t.paste, enabled: facts.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    );
  } else if (facts.hasSelection) {
    items.push({ role: 'copy', label: t.copy, enabled: facts.canCopy });
  }
  return items;
}
