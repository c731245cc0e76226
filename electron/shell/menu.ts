import { app, dialog, Menu, shell, type BrowserWindow, type WebContents } from 'electron';
import type { Locale } from '../../shared/ipc/schemas';
import { contextMenuTemplate, fill, menuTemplate, menuText } from './menu-template';

export interface MenuDeps {
  window(): BrowserWindow | null;
  dataDir: string;
  dataFile(): string;
  /** Runs store.backup through the router; the path of the new copy. */
  backupNow(): Promise<string>;
}

/** (Re)build the native menu in the given language; called at start and whenever the language changes. */
export function installMenu(locale: Locale, deps: MenuDeps): void {
  const t = menuText(locale);
  const box = (type: 'info' | 'error', message: string, detail: string) => {
    const win = deps.window();
    const options = { type, message, detail, buttons: [t.ok], noLink: true };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  const template = menuTemplate(
    locale,
    {
      backupNow: () => {
        deps.backupNow().then(
          (file) => box('info', t.backupDone, fill(t.backupDoneDetail, { path: file })),
          () => box('error', t.backupFailed, t.backupFailedDetail),
        );
      },
      showDataFolder: () => {
        void shell.openPath(deps.dataDir);
      },
      about: () => box('info', t.about, fill(t.aboutDetail, { version: app.getVersion(), path: deps.dataFile() })),
    },
    { mac: process.platform === 'darwin', devTools: !app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Right-click in the page: spelling suggestions and the edit commands, in the app's language. */
export function attachContextMenu(contents: WebContents, locale: () => Locale): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      locale(),
      {
        isEditable: params.isEditable,
        misspelledWord: params.misspelledWord,
        dictionarySuggestions: params.dictionarySuggestions,
        canCut: params.editFlags.canCut,
        canCopy: params.editFlags.canCopy,
        canPaste: params.editFlags.canPaste,
        hasSelection: params.selectionText.length > 0,
      },
      {
        replace: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      },
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
