import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';

type Tree = { readonly [k: string]: string | Tree };
type Lang = 'es' | 'en';

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const strings: Record<Lang, Map<string, string>> = { es: flatten(es as Tree), en: flatten(en as Tree) };
const base = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '');

/**
 * A count shown as a value after its label ("Páginas: {{count}}") needs no
 * agreement, so it keeps one form; any other string with a count is a
 * phrase and needs its singular.
 */
const isLabelValue = (text: string): boolean => /:\s*\{\{count\}\}\.?$/.test(text);

/** Base keys of every string that shows a count, as the renderer calls them. */
const countKeys = [...new Set([...strings.es].filter(([k, v]) => v.includes('{{count}}') || base(k) !== k).map(([k]) => base(k)))].sort();
const phraseKeys = countKeys.filter((k) => !(strings.es.has(k) && isLabelValue(strings.es.get(k)!)));

/** Words that read the same after 1 and after 2. */
const invariant = new Set(['más', 'de', 'of', 'more']);
const wordAfter = (text: string, n: number): string | undefined => new RegExp(`(?:^|[^\\d])${n} (\\p{L}+)`, 'u').exec(text)?.[1];

let t: Record<Lang, i18n['t']>;
beforeAll(async () => {
  const make = async (lng: Lang) => {
    const inst = i18next.createInstance();
    await inst.init({ resources: { es: { translation: es }, en: { translation: en } }, lng, fallbackLng: false, interpolation: { escapeValue: false } });
    return inst.t.bind(inst);
  };
  t = { es: await make('es'), en: await make('en') };
});

/** Every placeholder of the key's forms filled with a neutral word, and the count. */
function render(lang: Lang, key: string, count: number): string {
  const forms = [...strings[lang]].filter(([k]) => base(k) === key).map(([, v]) => v);
  const params: Record<string, unknown> = { count };
  for (const f of forms) for (const m of f.matchAll(/\{\{(\w+)(, *number)?\}\}/g)) if (m[1] !== 'count') params[m[1]!] = m[2] ? 7 : 'Cangas';
  return (t[lang] as unknown as (k: string, o: object) => string)(key, params);
}

describe('strings with a count', () => {
  it('finds the phrases that carry a count', () => {
    expect(phraseKeys).toContain('calendar.editor.checklistPending');
    expect(phraseKeys).toContain('exports.approval.needsCheck');
    expect(phraseKeys.length).toBeGreaterThan(30);
  });

  it.each(phraseKeys)('%s has its singular and plural in Spanish and English', (key) => {
    for (const lang of ['es', 'en'] as const) {
      expect(strings[lang].has(`${key}_one`), `${lang} ${key}_one`).toBe(true);
      expect(strings[lang].has(`${key}_other`), `${lang} ${key}_other`).toBe(true);
    }
  });

  it.each(countKeys)('%s never reads «1 <plural>» in either language', (key) => {
    for (const lang of ['es', 'en'] as const) {
      const one = render(lang, key, 1);
      const two = render(lang, key, 2);
      expect(one, `${lang} ${key}`).not.toMatch(/\{\{|^calendar\.|^exports\.|^accounts\.|^audits\.|^playbooks\./);
      const plural = wordAfter(two, 2);
      if (plural === undefined || invariant.has(plural) || !/s$/.test(plural)) continue;
      expect(wordAfter(one, 1), `${lang} ${key}: «${one}»`).not.toBe(plural);
    }
  });

  it('reads the singulars the town hall reported', () => {
    expect(render('es', 'calendar.editor.checklistPending', 1)).toBe('Falta 1 comprobación: todavía no se puede aprobar ni dar por publicada.');
    expect(render('es', 'calendar.editor.checklistPending', 2)).toBe('Faltan 2 comprobaciones: todavía no se puede aprobar ni dar por publicada.');
    expect(render('es', 'audits.errors.unanswered', 1)).toBe('Falta 1 respuesta. Responde todas (puedes marcar «No aplica») antes de terminar.');
    expect(render('es', 'playbooks.incident.resumeOffer', 1)).toBe('Hay 1 publicación en pausa. ¿La devuelvo a su estado anterior?');
    expect(render('es', 'accounts.export.done', 1)).toBe('1 cuenta exportada.');
    expect(render('es', 'accounts.export.done', 2)).toBe('2 cuentas exportadas.');
    expect(render('en', 'exports.approval.needsCheck', 1)).toBe('1 needs the pre-publication check');
    expect(render('en', 'exports.approval.needsCheck', 2)).toBe('2 need the pre-publication check');
  });
});

describe('numbers inside strings', () => {
  it('groups thousands as each language writes them: a Facebook post counts «63.206» in Spanish, «63,206» in English', () => {
    const params = { network: 'Facebook', count: 12345, limit: 63206 };
    expect(t.es('calendar.editor.count', params)).toBe('Facebook: 12.345 de 63.206 caracteres');
    expect(t.en('calendar.editor.count', params)).toBe('Facebook: 12,345 of 63,206 characters');
    // Spanish leaves a four-digit number ungrouped.
    expect(t.es('calendar.editor.count', { network: 'Instagram', count: 140, limit: 2200 })).toBe('Instagram: 140 de 2200 caracteres');
  });
});
