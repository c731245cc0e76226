import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessPlatform } from '../../../electron/web/platform';
import { openTestApp, type TestApp, tempDir } from '../../support/context';
import { pdfText } from '../../support/pdf-text';
import { floodFacts, seedAccount, starterId } from '../../support/playbooks';

const TAG = '<img src=x onerror=alert(1)>';
const LINK = '[pulse aquí](javascript:alert(1))';
const STYLE = '</style><style>*{display:none}</style>';

let app: TestApp;
let platform: HarnessPlatform;
let incidentId: number;

beforeAll(async () => {
  const dir = tempDir();
  platform = new HarnessPlatform(dir, 'es', 'test');
  app = await openTestApp({ dataDir: dir, platform, clock: () => new Date('2026-11-20T20:40:00Z') });
  const x = await seedAccount(app, 'x', '@villanueva');
  const inc = await app.call('incidents.start', {
    playbookId: await starterId(app, 'flood'),
    severity: 'high',
    title: `Riada ${TAG}`,
    facts: { ...floodFacts, place: `Barrio ${TAG}`, detail: `${LINK}\n# Titular falso` },
  });
  incidentId = inc.id;
  await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_approved', statementKey: 'first', who: `Alcaldía ${STYLE}` });
  await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountId: x });
  await app.call('incidents.addEvent', { id: inc.id, kind: 'note', text: `Vecino avisa: ${TAG} ${LINK} <script>alert(2)</script>` });
});
afterAll(async () => {
  await platform.close();
  await app.close();
});

describe('incident report with hostile text', () => {
  it('Markdown: the text is there as typed, but no HTML, link or heading comes from data', async () => {
    const { path } = await app.call('incidents.exportReport', { id: incidentId, format: 'markdown' });
    const md = fs.readFileSync(path!, 'utf8');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toMatch(/^# Titular falso/m);
    expect(md).toContain('# Informe del incidente: Riada &lt;img src=x onerror=alert(1)>');
    expect(md).toContain('Vecino avisa: &lt;img src=x onerror=alert(1)> \\[pulse aquí\\](javascript:alert(1)) &lt;script>alert(2)&lt;/script>');
    // The statement as sent, quoted.
    expect(md).toMatch(/> .*Barrio &lt;img src=x onerror=alert\(1\)>/);
  });

  it('HTML: a CSP meta, and every piece of data escaped', async () => {
    const { path } = await app.call('incidents.exportReport', { id: incidentId, format: 'html' });
    const html = fs.readFileSync(path!, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('Riada &lt;img src=x onerror=alert(1)&gt;');
  });

  it('PDF: the hostile text is printed as text', async () => {
    const { path } = await app.call('incidents.exportReport', { id: incidentId, format: 'pdf' });
    const text = pdfText(path!).replace(/[\s-]/g, '');
    for (const s of [`Riada ${TAG}`, `Alcaldía ${STYLE}`, `Vecino avisa: ${TAG} ${LINK} <script>alert(2)</script>`]) expect(text).toContain(s.replace(/[\s-]/g, ''));
  });
});
