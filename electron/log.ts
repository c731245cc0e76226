import fs from 'node:fs';
import path from 'node:path';

/**
 * Errors go to a log file beside the data, as channel, code and message only:
 * inputs are never logged, so no post text or contact detail ends up there.
 */
export function createLogger(dataDir: string | null): (event: string, detail: Record<string, string | number>) => void {
  return (event, detail) => {
    const line = `${new Date().toISOString()} ${event} ${JSON.stringify(detail)}\n`;
    if (!dataDir) {
      process.stderr.write(line);
      return;
    }
    try {
      fs.mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
      fs.appendFileSync(path.join(dataDir, 'logs', 'pregonero.log'), line);
    } catch {
      process.stderr.write(line);
    }
  };
}
