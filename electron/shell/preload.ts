import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from './ipc-channel';

/**
 * The renderer's only door to the main process: one function, one channel.
 * No ipcRenderer, no Node, no event listeners are handed to the page.
 * Bundled to CommonJS (out/electron/preload.cjs): a sandboxed preload cannot be ESM.
 */
contextBridge.exposeInMainWorld('pregonero', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
});
