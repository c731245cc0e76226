import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translator } from '../exports/i18n';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import { type Lookup, targetGoal, targetValue } from '../../../shared/features/strategy/labels';

describe('target labels', () => {
  it('read the same in the window (i18next) and in printed reports', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'es', resources: { es: { translation: es }, en: { translation: en } }, interpolation: { escapeValue: false } });
    for (const [t, locale] of [
      [i18n.getFixedT('es') as unknown as Lookup, 'es'],
      [translator('es'), 'es'],
    ] as const) {
      expect(targetGoal(t, { kind: 'max_profiles', value: 1, dueOn: '2027-06-30' }, locale)).toBe('Como máximo 1 perfil oficial antes del 30 jun 2027');
      expect(targetGoal(t, { kind: 'max_profiles', value: 20, dueOn: '2027-06-30' }, locale)).toBe('Como máximo 20 perfiles oficiales antes del 30 jun 2027');
      expect(targetValue(t, { kind: 'two_factor_pct' }, 95)).toBe('95 %');
      expect(targetValue(t, { kind: 'max_profiles' }, 1)).toBe('1 perfil');
    }
    expect(targetGoal(translator('en'), { kind: 'trained_owners_pct', value: 100, dueOn: '2027-06-30' }, 'en')).toBe('100% of profiles with a trained owner by 30 Jun 2027');
  });
});
