import { describe, expect, it } from 'vitest';
import { checkLength } from '../../domain/networks';
import { fillTemplate, placeholdersIn } from './fill';
import { PlaybookContent } from './model';
import { starterKeys, starters } from './starters';

describe('fillTemplate', () => {
  it('fills every occurrence of a repeated placeholder and lists nothing missing', () => {
    const r = fillTemplate('{{place}}: cerrado. Repito, {{ place }}.', { place: 'Calle Mayor' });
    expect(r.text).toBe('Calle Mayor: cerrado. Repito, Calle Mayor.');
    expect(r.missing).toEqual([]);
    expect(r.segments.filter((s) => s.kind === 'fact')).toHaveLength(2);
  });

  it('keeps a missing or blank value visible and reports each name once, in order', () => {
    const r = fillTemplate('{{time}} en {{place}}; a las {{time}} volvemos ({{next_update}})', { place: '  ', next_update: '22:00' });
    expect(r.text).toBe('{{time}} en {{place}}; a las {{time}} volvemos (22:00)');
    expect(r.missing).toEqual(['time', 'place']);
    expect(r.segments.filter((s) => s.kind === 'missing').map((s) => s.text)).toEqual(['{{time}}', '{{place}}', '{{time}}']);
  });

  it('accepts unknown placeholders as custom facts and flags them', () => {
    const r = fillTemplate('Corte en {{road}} y {{place}}', { road: 'N-634' });
    expect(r.unknown).toEqual(['road']);
    expect(r.missing).toEqual(['place']);
    expect(r.text).toBe('Corte en N-634 y {{place}}');
  });

  it('leaves text that only looks like a placeholder alone', () => {
    const r = fillTemplate('{{ }} {place} {{Place}} {{1x}}', { place: 'Plaza' });
    expect(r.text).toBe('{{ }} {place} Plaza {{1x}}');
    expect(placeholdersIn('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
  });
});

describe('starter set', () => {
  it.each(['es', 'en'] as const)('has all eight scenarios in %s, valid, with X variants that fit once filled with realistic facts', (locale) => {
    const facts = {
      place: 'Barrio de San Roque y calle del Río',
      time: '21:40',
      service: 'Colegios y mercado cerrados',
      affected: 'unas 1.200 personas',
      next_update: '23:00',
      advice: 'Evite desplazarse y no cruce zonas inundadas',
      account: '@aytovillanueva en Instagram',
      phone: '900 123 456',
      web: 'https://villanueva.es/avisos',
      official: 'la concejala de Obras',
      detail: 'El agua empieza a bajar en la zona centro',
    };
    for (const key of starterKeys) {
      const content = PlaybookContent.parse(starters[locale][key]);
      expect(content.statements.length).toBeGreaterThan(0);
      for (const st of content.statements) {
        for (const v of st.variants) {
          const filled = fillTemplate(v.text, facts);
          expect(filled.missing).toEqual([]);
          expect(checkLength(filled.text, v.network).over, `${locale}/${key}/${st.key}/${v.network}`).toBe(false);
        }
      }
    }
  });
});

describe('Spanish starters, as a town hall writes them', () => {
  const texts = starterKeys.flatMap((key) =>
    starters.es[key]!.statements.flatMap((st) => [st.text, ...st.variants.map((v) => v.text)].map((text) => ({ where: `${key}/${st.key}`, text }))),
  );

  it('speak to citizens in one register: impersonal or usted, never tú', () => {
    // The second-person forms the starters used before, and the usual ones besides.
    const tu = /\b(llama|pincha|pinches|compartas|comparte|reenvíes|reenvía|tienes|tu|tus|te|evita|cruces|facilites|des|contaremos)\b/iu;
    for (const { where, text } of texts) expect(text.replace(/\{\{[a-z_]+\}\}/gu, ''), where).not.toMatch(tu);
  });

  it('read well with any time and any place: «A las {{time}}», and no adjective agreeing with the place', () => {
    for (const { where, text } of texts) {
      expect(text, where).not.toMatch(/\bEl \{\{time\}\}/u);
      expect(text, where).not.toMatch(/\{\{place\}\} (está|vuelve a estar)? ?(afectad|abiert|cerrad)/u);
      expect(text, where).not.toMatch(/\{\{place\}\} (afectad|abiert|cerrad)/u);
    }
    expect(fillTemplate(starters.es.dataleak!.statements[0]!.text, { time: '10:30' }).text).toMatch(/^COMUNICADO \| A las 10:30 detectamos/u);
    expect(fillTemplate(starters.es.flood!.statements[0]!.text, { place: 'la plaza Mayor', time: '21:40' }).text).toMatch(/hay incidencias en la plaza Mayor desde las 21:40/u);
  });

  it.each(['es', 'en'] as const)('name the hijacked account with {{account}} in %s', (locale) => {
    for (const st of starters[locale].hijack!.statements) {
      for (const text of [st.text, ...st.variants.map((v) => v.text)]) {
        expect(placeholdersIn(text)).toContain('account');
        expect(placeholdersIn(text)).not.toContain('service');
      }
    }
  });
});
