import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { byId, differences, isConflict } from './conflict';

type Draft = { title: string; tags: string[] };
const fields = [
  { label: 'Título', text: (d: Draft) => d.title },
  { label: 'Hashtags', text: (d: Draft) => d.tags.join(' ') },
];

describe('comparing a draft with the version saved since', () => {
  it('lists only the fields whose texts differ, in the form order, theirs then mine', () => {
    expect(differences(fields, { title: 'Bando', tags: ['fiestas'] }, { title: 'Bando de fiestas', tags: ['fiestas'] })).toEqual([{ label: 'Título', theirs: 'Bando de fiestas', mine: 'Bando' }]);
    expect(differences(fields, { title: 'Bando', tags: [] }, { title: 'Bando de fiestas', tags: ['fiestas'] })).toEqual([
      { label: 'Título', theirs: 'Bando de fiestas', mine: 'Bando' },
      { label: 'Hashtags', theirs: 'fiestas', mine: '' },
    ]);
  });

  it('finds nothing when every field reads the same', () => {
    expect(differences(fields, { title: 'Bando', tags: ['a'] }, { title: 'Bando', tags: ['a'] })).toEqual([]);
  });

  it('tells a stale version from any other failure', () => {
    expect(isConflict(new AppError('conflict', { id: 1, version: 2 }))).toBe(true);
    expect(isConflict(new AppError('not_found', { id: 1 }))).toBe(false);
    expect(isConflict(new Error('conflict'))).toBe(false);
  });

  it('reads a row again from a list, or says it is gone', () => {
    expect(byId([{ id: 1, name: 'a' }, { id: 2, name: 'b' }], 2)).toEqual({ id: 2, name: 'b' });
    expect(() => byId([{ id: 1 }], 3)).toThrow(expect.objectContaining({ code: 'not_found', params: { id: 3 } }));
  });
});
