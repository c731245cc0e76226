import { describe, expect, it } from 'vitest';
import { accountScores, compareItems, itemScores, scoreOf } from './scoring';

describe('audit scoring', () => {
  it('counts yes as 1, partly as a half, no as 0 and leaves not-applicable out', () => {
    expect(scoreOf(['yes', 'partly', 'no', 'na'])).toBe(0.5);
    expect(scoreOf(['yes', 'na'])).toBe(1);
    expect(scoreOf(['na', 'na'])).toBeNull();
    expect(scoreOf([])).toBeNull();
  });

  it('scores each item across accounts and each account across items', () => {
    const answers = [
      { accountId: 1, itemKey: 'a', value: 'yes' as const },
      { accountId: 2, itemKey: 'a', value: 'no' as const },
      { accountId: 1, itemKey: 'b', value: 'partly' as const },
      { accountId: 2, itemKey: 'b', value: 'na' as const },
    ];
    expect(itemScores(answers)).toEqual(new Map([['a', 0.5], ['b', 0.5]]));
    expect(accountScores(answers)).toEqual(new Map([[1, 0.75], [2, 0]]));
  });

  it('lists what improved, what got worse, and what only one run could score', () => {
    const before = new Map<string, number | null>([['a', 0], ['b', 1], ['c', 0.5], ['d', 1], ['e', null]]);
    const after = new Map<string, number | null>([['a', 1], ['b', 0.5], ['c', 0.5], ['e', 1], ['f', 0]]);
    const c = compareItems(before, after);
    expect(c.improved).toEqual([{ key: 'a', before: 0, after: 1 }]);
    expect(c.worse).toEqual([{ key: 'b', before: 1, after: 0.5 }]);
    expect(c.unchanged).toEqual(['c']);
    expect(c.onlyAfter.sort()).toEqual(['e', 'f']);
    expect(c.onlyBefore).toEqual(['d']);
  });
});
