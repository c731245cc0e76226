/**
 * The one Electron IPC channel. Its own tiny file because the sandboxed
 * preload bundles it, and a sandboxed preload can require nothing but
 * 'electron' (no node:path and friends).
 */
export const IPC_CHANNEL = 'pregonero:invoke';
