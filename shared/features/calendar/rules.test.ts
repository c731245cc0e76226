import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, mondayOf } from '../../domain/time';
import { cadenceState, checklistMissing, composeText, foldTag, lengthFor, misspelledTags } from './rules';

describe('calendar rules', () => {
  it('warns on a hashtag that differs from a set one only by accents or case', () => {
    expect(misspelledTags(['fiestaspilar', 'FiestasPilar', 'Otra', 'VillaNueva'], ['#FiestasPilar', 'VillanuevaViva'])).toEqual([
      { tag: 'fiestaspilar', expected: 'FiestasPilar' },
    ]);
    expect(misspelledTags(['Camión'], ['Camion'])).toEqual([{ tag: 'Camión', expected: 'Camion' }]);
    expect(foldTag('#ÁvilaEnFiestas')).toBe('avilaenfiestas');
  });

  it('composes what goes out and counts it per network', () => {
    expect(composeText(' Hola ', 'https://a.es', ['Uno', 'Dos'])).toBe('Hola\n\nhttps://a.es\n\n#Uno #Dos');
    const long = `https://example.org/${'x'.repeat(100)}`;
    expect(lengthFor('x', 'Hola', long, []).count).toBe(4 + 2 + 23);
    expect(lengthFor('bluesky', 'Hola', long, []).count).toBe(4 + 2 + long.length);
    expect(lengthFor('unknown-network', 'a'.repeat(99_999), '', []).over).toBe(false);
  });

  it('lists missing checklist items in order', () => {
    expect(checklistMissing({ wording: true, tone: false })).toEqual(['links', 'image', 'video', 'tone', 'sensitive']);
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('names a week silent, below or ok', () => {
    expect([cadenceState(0, 3), cadenceState(2, 3), cadenceState(3, 3), cadenceState(0, 0)]).toEqual(['silent', 'below', 'ok', 'ok']);
  });
});
