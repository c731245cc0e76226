import { describe, expect, it } from 'vitest';
import { accountName, checkLength, checkMedia, graphemeLength, networkHandle, networkName } from './networks';

describe('checkLength', () => {
  it('counts any link as 23 characters on X', () => {
    const text = `Corte de agua en la calle Mayor https://www.ayuntamiento.es/avisos/2026/11/corte-de-agua-calle-mayor-y-alrededores`;
    expect(checkLength(text, 'x').count).toBe('Corte de agua en la calle Mayor '.length + 23);
  });

  it('counts accents and emoji as one character each', () => {
    expect(graphemeLength('camión 🚒')).toBe(8);
    expect(graphemeLength('👩‍🚒')).toBe(1);
  });

  it('marks a text over the limit', () => {
    const check = checkLength('a'.repeat(281), 'x');
    expect(check).toMatchObject({ count: 281, limit: 280, over: true, remaining: -1 });
    expect(checkLength('a'.repeat(281), 'facebook').over).toBe(false);
    expect(checkLength('a'.repeat(10_000), 'other')).toMatchObject({ limit: null, over: false, remaining: null });
  });
});

describe('network names', () => {
  it('keeps brand names in both languages and says "other" in the reader\'s language', () => {
    expect(networkName('instagram', 'es')).toBe('Instagram');
    expect(networkName('other', 'es')).toBe('Otra red');
    expect(networkName('other', 'en')).toBe('Other network');
    expect(networkHandle('other', '@@radio_villa', 'es')).toBe('Otra red @radio_villa');
    expect(accountName({ network: 'other', handle: 'radio_villa', displayName: 'Radio Villa' }, 'en')).toBe('Radio Villa (Other network · radio_villa)');
  });
});

describe('checkMedia: each network rule at its boundary', () => {
  const photos = (n: number) => Array.from({ length: n }, () => ({ video: false }));
  const video = { video: true };
  it('Instagram and Flickr need one; TikTok and YouTube need a video', () => {
    expect(checkMedia('instagram', [])).toEqual([{ code: 'needsMedia', network: 'instagram' }]);
    expect(checkMedia('instagram', photos(1))).toEqual([]);
    expect(checkMedia('instagram', photos(10))).toEqual([]);
    expect(checkMedia('instagram', photos(11))).toEqual([{ code: 'tooMany', network: 'instagram', count: 10 }]);
    expect(checkMedia('flickr', [])).toEqual([{ code: 'needsMedia', network: 'flickr' }]);
    expect(checkMedia('tiktok', photos(1))).toEqual([{ code: 'needsVideo', network: 'tiktok' }]);
    expect(checkMedia('youtube', [video])).toEqual([]);
    expect(checkMedia('youtube', [video, video])).toEqual([{ code: 'oneVideo', network: 'youtube' }]);
  });
  it('X and Bluesky take 4 photos or one video alone; Mastodon 4 items in all', () => {
    for (const n of ['x', 'bluesky'] as const) {
      expect(checkMedia(n, photos(4))).toEqual([]);
      expect(checkMedia(n, photos(5))).toEqual([{ code: 'tooManyImages', network: n, count: 4 }]);
      expect(checkMedia(n, [video, ...photos(1)])).toEqual([{ code: 'oneVideo', network: n }]);
    }
    expect(checkMedia('mastodon', [...photos(3), video])).toEqual([{ code: 'oneVideo', network: 'mastodon' }]);
    expect(checkMedia('mastodon', photos(5))).toEqual([{ code: 'tooMany', network: 'mastodon', count: 4 }]);
  });
  it('Facebook, other networks and unknown ones set no rule', () => {
    expect(checkMedia('facebook', [])).toEqual([]);
    expect(checkMedia('facebook', [video, ...photos(9)])).toEqual([]);
    expect(checkMedia('nueva-red', [])).toEqual([]);
  });
});
