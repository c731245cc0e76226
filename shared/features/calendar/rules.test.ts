import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, dayInZoneFn, isoWeek, mondayOf, startOfDayInZone } from '../../domain/time';
import { cadenceState, checkGate, checklistMissing, composeText, foldTag, isLowWeeklyTarget, isMediaGateKey, isNetwork, isTextGateKey, lengthFor, mediaGate, misspelledTags, outgoingTexts, textGate } from './rules';

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

  it('gates approved and published posts on the whole check, and no other status', () => {
    const full = { wording: true, links: true, image: true, video: true, tone: true, sensitive: true };
    const noMedia = { networks: [], items: [], texts: [] };
    expect(checkGate('approved', { ...full, video: false }, noMedia)).toEqual(['video']);
    expect(checkGate('published', { wording: true }, noMedia)).toEqual(['links', 'image', 'video', 'tone', 'sensitive']);
    expect([checkGate('approved', full, noMedia), checkGate('published', full, noMedia)]).toEqual([[], []]);
    expect(['idea', 'draft', 'in_review', 'on_hold', 'cancelled'].map((s) => checkGate(s, {}, noMedia))).toEqual([[], [], [], [], []]);
  });

  it('keeps a text over its network\'s limit out of review, approval and publication, once per network, after the checklist and media', () => {
    const full = { wording: true, links: true, image: true, video: true, tone: true, sensitive: true };
    const texts = outgoingTexts(
      [
        { network: 'x', text: null },
        { network: 'bluesky', text: 'b'.repeat(301) },
        { network: 'x', text: '   ' },
        { network: 'myspace', text: 'c'.repeat(9000) },
      ],
      { body: 'a'.repeat(279), link: '', hashtags: ['V'] },
    );
    expect(texts.map((t) => [t.network, t.text.length])).toEqual([
      ['x', 283],
      ['bluesky', 305],
      ['x', 283],
      ['myspace', 9004],
    ]);
    expect(textGate(texts)).toEqual(['x.tooLong', 'bluesky.tooLong']);
    const post = { networks: ['x', 'bluesky', 'instagram'], items: [], texts };
    expect(checkGate('approved', { ...full, tone: false }, post)).toEqual(['tone', 'instagram.needsMedia', 'x.tooLong', 'bluesky.tooLong']);
    expect(checkGate('in_review', {}, post)).toEqual(['x.tooLong', 'bluesky.tooLong']);
    expect(checkGate('published', full, post)).toEqual(['x.tooLong', 'bluesky.tooLong']);
    expect(['idea', 'draft', 'on_hold', 'cancelled'].map((s) => checkGate(s, {}, post))).toEqual([[], [], [], []]);
    // Just at the limit passes: 276 + "\n\n#V" is 280.
    expect(textGate(outgoingTexts([{ network: 'x', text: null }], { body: 'a'.repeat(276), link: '', hashtags: ['V'] }))).toEqual([]);
    expect([isTextGateKey('x.tooLong'), isTextGateKey('x.oneVideo'), isMediaGateKey('x.tooLong'), isMediaGateKey('x.oneVideo'), isMediaGateKey('tone')]).toEqual([true, false, false, true, false]);
  });

  it('leaves out of the text what is empty: a blank link, no hashtags, no text', () => {
    expect(composeText('Hola', '   ', [])).toBe('Hola');
    expect(composeText('Hola', '', ['Uno'])).toBe('Hola\n\n#Uno');
    expect(composeText('  ', ' https://a.es ', [])).toBe('https://a.es');
    expect(composeText('', '', [])).toBe('');
  });

  it('counts the hashtags and the limit of a network, over by one and just at it', () => {
    expect(lengthFor('x', 'Hola', '', ['Fiestas', 'Pilar'])).toEqual({ network: 'x', count: 4 + 2 + 15, limit: 280, over: false, remaining: 280 - 21 });
    expect(lengthFor('x', 'a'.repeat(280), '', [])).toMatchObject({ over: false, remaining: 0 });
    expect(lengthFor('x', 'a'.repeat(281), '', [])).toMatchObject({ over: true, remaining: -1 });
    expect(lengthFor('myspace', 'Hola', '', [])).toEqual({ network: 'other', count: 4, limit: null, over: false, remaining: null });
    expect([isNetwork('x'), isNetwork('myspace')]).toEqual([true, false]);
  });

  it('compares hashtags without their # signs, and says nothing of one written as the set has it', () => {
    expect(foldTag('##Fiestas')).toBe('fiestas');
    expect(misspelledTags(['#fiestaspilar', 'FiestasPilar'], ['##FiestasPilar'])).toEqual([{ tag: 'fiestaspilar', expected: 'FiestasPilar' }]);
    expect(misspelledTags(['Nada'], [])).toEqual([]);
  });

  it('drops only the leading # signs of a hashtag, however many: a # inside is part of what was typed', () => {
    expect(misspelledTags(['##Fiestas', '#Pilar'], ['Fiestas', 'Pilar'])).toEqual([]);
    expect(foldTag('#Fiestas#Pilar')).toBe('fiestas#pilar');
    expect(misspelledTags(['fiestas#pilar'], ['FiestasPilar'])).toEqual([]);
  });

  it('keeps a post from approval for each network whose media rule it breaks, once per network, after the checklist', () => {
    const full = { wording: true, links: true, image: true, video: true, tone: true, sensitive: true };
    const poster = { mime: 'image/jpeg', alt: 'Cartel de las fiestas' };
    const media = { networks: ['tiktok', 'instagram', 'tiktok', 'youtube'], items: [poster], texts: [] };
    expect(mediaGate(media)).toEqual(['tiktok.needsVideo', 'youtube.needsVideo']);
    expect(checkGate('approved', { ...full, video: false }, media)).toEqual(['video', 'tiktok.needsVideo', 'youtube.needsVideo']);
    // A post marked published records what went out: the media rules are not asked of it.
    expect(checkGate('published', full, media)).toEqual([]);
    expect(mediaGate({ networks: ['instagram'], items: [] })).toEqual(['instagram.needsMedia']);
    expect(mediaGate({ networks: ['facebook', 'myspace'], items: [] })).toEqual([]);
  });

  it('tells a video by its type: it satisfies a network that needs one, and needs no description', () => {
    expect(mediaGate({ networks: ['tiktok'], items: [{ mime: 'video/mp4', alt: '' }] })).toEqual([]);
    expect(mediaGate({ networks: ['tiktok'], items: [{ mime: 'image/png', alt: 'Plano del recorrido' }] })).toEqual(['tiktok.needsVideo']);
  });

  it('asks a description of every image, a blank one is none, once however many images lack it', () => {
    const described = { mime: 'image/png', alt: 'Plano del recorrido' };
    expect(mediaGate({ networks: ['facebook'], items: [described, { mime: 'image/jpeg', alt: '   ' }, { mime: 'image/webp', alt: '' }] })).toEqual(['altText']);
    expect(mediaGate({ networks: ['facebook'], items: [described, { mime: 'video/mp4', alt: '' }] })).toEqual([]);
    expect(mediaGate({ networks: ['x'], items: [{ mime: 'video/mp4', alt: '' }, { mime: 'image/gif', alt: ' ' }] })).toEqual(['x.oneVideo', 'altText']);
  });

  it('calls a weekly target under three low', () => {
    expect([isLowWeeklyTarget(2), isLowWeeklyTarget(3)]).toEqual([true, false]);
  });

  it('moves by days across months and years, and finds the Monday of any day', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-31', 7)).toBe('2027-01-07');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
    expect([mondayOf('2026-11-30'), mondayOf('2026-12-06'), mondayOf('2027-01-01')]).toEqual(['2026-11-30', '2026-11-30', '2026-12-28']);
  });

  it('writes the week number with two digits, and knows a 53rd week', () => {
    expect(isoWeek('2026-03-02')).toBe('2026-W10');
    expect(isoWeek('2026-03-01')).toBe('2026-W09');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
  });

  it('finds the day of an instant in a time zone, from a string or a date', () => {
    expect(dayInZone('2026-11-29T23:00:00.000Z', 'Europe/Madrid')).toBe('2026-11-30');
    expect(dayInZone('2026-11-29T22:59:59.999Z', 'Europe/Madrid')).toBe('2026-11-29');
    expect(dayInZone(new Date('2026-11-29T23:00:00.000Z'), 'UTC')).toBe('2026-11-29');
    const canary = dayInZoneFn('Atlantic/Canary');
    expect([canary('2026-06-30T22:59:00Z'), canary('2026-06-30T23:00:00Z')]).toEqual(['2026-06-30', '2026-07-01']);
  });

  it('finds midnight in zones far from UTC and on clock changes elsewhere', () => {
    expect(startOfDayInZone('2026-01-01', 'Asia/Kolkata')).toBe('2025-12-31T18:30:00.000Z');
    expect(startOfDayInZone('2026-01-01', 'Pacific/Kiritimati')).toBe('2025-12-31T10:00:00.000Z');
    expect(startOfDayInZone('2026-01-01', 'Pacific/Pago_Pago')).toBe('2026-01-01T11:00:00.000Z');
    expect(startOfDayInZone('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayInZone('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDayInZone('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
  });

  it('calls a week over its target ok', () => {
    expect([cadenceState(4, 3), cadenceState(1, 0)]).toEqual(['ok', 'ok']);
  });
});
