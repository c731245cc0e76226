/**
 * The one Electron IPC channel. Its own tiny file because the sandboxed
 * preload bundles it, and a sandboxed preload can require nothing but
 * 'electron' (no node:path and friends).
 */
export const IPC_CHANNEL = 'pregonero:invoke';

/** The file import: the main process reads a picked or dropped file by its path. */
export const IPC_UPLOAD = 'pregonero:upload';
