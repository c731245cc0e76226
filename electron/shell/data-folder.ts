import path from 'node:path';
import { app } from 'electron';

/** Where `npm start` keeps its data, beside the installed app's `Pregonero` folder. */
export const DEV_DATA_FOLDER = 'Pregonero-dev';

/**
 * A development build (not packaged) gets a data folder of its own, so a newer
 * migration never upgrades the installed app's file (which would then refuse
 * it as too new). Must run before the single-instance lock, which lives in
 * this folder: the installed app and `npm start` may then run side by side.
 */
export function useOwnDataFolderWhenUnpackaged(): void {
  if (!app.isPackaged) app.setPath('userData', path.join(app.getPath('appData'), DEV_DATA_FOLDER));
}
