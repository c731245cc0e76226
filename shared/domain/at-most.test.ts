import { describe, expect, it } from 'vitest';
import { settleAtMost } from './at-most';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('settleAtMost', () => {
  it('never runs more than the limit at once, and answers in the items order whatever finishes first', async () => {
    let running = 0;
    let most = 0;
    const out = await settleAtMost([30, 5, 20, 1, 10], 2, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      if (ms === 20) throw new Error('refused');
      return ms * 2;
    });
    expect(most).toBe(2);
    expect(out.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([60, 10, 'refused', 2, 20]);
  });

  it('runs one at a time with a limit of one, and nothing with no items', async () => {
    const order: string[] = [];
    await settleAtMost(['a', 'b', 'c'], 1, async (x) => {
      order.push(`${x}>`);
      await tick();
      order.push(`<${x}`);
    });
    expect(order).toEqual(['a>', '<a', 'b>', '<b', 'c>', '<c']);
    expect(await settleAtMost([], 3, async () => 1)).toEqual([]);
  });
});
