import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CHANNEL, IPC_UPLOAD } from './ipc-channel';

/**
 * The renderer's only door to the main process: one function for every channel,
 * and one that hands over a picked or dropped file by its path.
 * No ipcRenderer, no Node, no event listeners are handed to the page.
 * Bundled to CommonJS (out/electron/preload.cjs): a sandboxed preload cannot be ESM.
 */
contextBridge.exposeInMainWorld('pregonero', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
  // A File the officer picked or dropped becomes its path on disk here; the main process reads the bytes.
  upload: (file: File): Promise<unknown> => ipcRenderer.invoke(IPC_UPLOAD, webUtils.getPathForFile(file), file.name),
});
