import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { contract, errorCodes, featureChannelMaps } from './contract';

/** Every object a channel accepts must refuse unknown keys. */
function openObjects(schema: unknown, at = '$'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const found: string[] = [];
  if (s.type === 'object' && s.properties && s.additionalProperties !== false) found.push(at);
  for (const [k, v] of Object.entries(s)) {
    if (v && typeof v === 'object') found.push(...openObjects(v, `${at}.${k}`));
  }
  return found;
}

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('contract', () => {
  it('names every channel feature.verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('never declares a channel in two features', () => {
    const seen = new Map<string, string>();
    for (const [feature, map] of Object.entries(featureChannelMaps)) {
      for (const name of Object.keys(map)) {
        expect(seen.get(name), `${name} in ${feature} and ${seen.get(name)}`).toBeUndefined();
        seen.set(name, feature);
      }
    }
  });

  it('has strict object inputs, so extra keys are refused', () => {
    for (const [name, ch] of Object.entries(contract)) {
      const schema = z.toJSONSchema(ch.input, { io: 'input', unrepresentable: 'any' });
      expect(openObjects(schema), name).toEqual([]);
    }
  });

  it('translates every error code in both languages', () => {
    const lookup = (catalog: object, key: string): unknown =>
      key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);
    for (const code of errorCodes as readonly string[]) {
      const key = code.includes('.') ? code : `errors.${code}`;
      // A message with a count is a plural pair (key_one, key_other), as i18next resolves it.
      const text = (catalog: object) => lookup(catalog, key) ?? lookup(catalog, `${key}_other`);
      expect(typeof text(es), `es ${key}`).toBe('string');
      expect(typeof text(en), `en ${key}`).toBe('string');
    }
  });

  it('has the same catalog keys in Spanish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(es).sort());
  });
});
