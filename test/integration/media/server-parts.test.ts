import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { fixtureVideo, importBytes, png } from '../../support/media';
import { rowsOf } from '../../support/sql';

/**
 * Where an imported file is kept besides the data folder: on the team's
 * server, in parts, so teammates' computers can fetch it; on the local file,
 * nowhere else (the data folder is the only copy, as it always was). The
 * team's side is in postgres/media.test.ts.
 */
let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

describe('an imported file on the store', () => {
  it(testEngine() === 'postgres' ? 'is stored on the team server, original and thumbnail' : 'writes no parts into the local file', async () => {
    const photo = await importBytes(app, 'plaza.png', await png());
    const video = await importBytes(app, 'pregón.mp4', fs.readFileSync(fixtureVideo('clip.mp4')));
    const stored = await rowsOf<{ sha256: string; kind: string }>(app, 'select distinct sha256, kind from media_parts order by sha256, kind');
    if (testEngine() === 'sqlite') expect(stored).toEqual([]);
    else
      expect(stored).toEqual(
        [photo.sha256, video.sha256].sort().flatMap((sha256) => [
          { sha256, kind: 'original' },
          { sha256, kind: 'thumb' },
        ]),
      );
  });
});
