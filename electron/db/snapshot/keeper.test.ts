import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnapshotKeeper } from './keeper';

/** A copy that takes as long as the test says: records when each one started and how many ran at once. */
function slowCopy() {
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const finish: (() => void)[] = [];
  const take = () => {
    started.push(Date.now());
    running++;
    most = Math.max(most, running);
    return new Promise<void>((resolve) =>
      finish.push(() => {
        running--;
        resolve();
      }),
    );
  };
  return { take, started, finish, most: () => most };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('when the local copy is refreshed', () => {
  it('soon after the server opens, five seconds after a burst of writes ends, and at most a minute after its first write', async () => {
    const started: number[] = [];
    const keeper = new SnapshotKeeper(async () => void started.push(Date.now()), true);
    keeper.opened();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual([0]);

    // Writes every 3 s from 1 s to 70 s: each pushes the copy back, but not past a minute after the first.
    for (let i = 0; i < 24; i++) {
      keeper.written();
      await vi.advanceTimersByTimeAsync(3_000);
    }
    // Then the writes after it wait five seconds from the last one (70 s, hence 75 s).
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toEqual([0, 61_000, 75_000]);
  });

  it('never runs two at once: asked while one runs, it runs once more after', async () => {
    const copy = slowCopy();
    const keeper = new SnapshotKeeper(copy.take, true);
    keeper.opened();
    await vi.advanceTimersByTimeAsync(0);
    keeper.opened();
    keeper.opened();
    await vi.advanceTimersByTimeAsync(0);
    expect(copy.started).toHaveLength(1);
    copy.finish.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(copy.started).toHaveLength(2);
    copy.finish.shift()!();
    await keeper.flush();
    expect(copy.started).toHaveLength(2);
    expect(copy.most()).toBe(1);
  });

  it('keeps why a copy failed until one succeeds, and refreshes a copy older than five minutes on the next read', async () => {
    let fail = true;
    const keeper = new SnapshotKeeper(() => (fail ? Promise.reject(new Error('relation "contacts" does not exist')) : Promise.resolve()), true);
    keeper.opened();
    await keeper.flush();
    expect(keeper.lastFailure).toBe('relation "contacts" does not exist');
    fail = false;
    keeper.written();
    await keeper.flush();
    expect(keeper.lastFailure).toBeNull();
    const copy = slowCopy();
    const later = new SnapshotKeeper(copy.take, true);
    later.opened();
    await vi.advanceTimersByTimeAsync(0);
    copy.finish.shift()!();
    await later.flush();
    later.served();
    await vi.advanceTimersByTimeAsync(0);
    expect(copy.started).toEqual([0]);
    await vi.setSystemTime(5 * 60_000 + 1);
    later.served();
    await vi.advanceTimersByTimeAsync(0);
    expect(copy.started).toEqual([0, 5 * 60_000 + 1]);
    copy.finish.shift()!();
  });

  it('takes none when turned off, and stop() forgets what waits', async () => {
    const off = slowCopy();
    const keeper = new SnapshotKeeper(off.take, false);
    keeper.opened();
    keeper.written();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(off.started).toEqual([]);
    const on = slowCopy();
    const stopped = new SnapshotKeeper(on.take, true);
    stopped.written();
    await stopped.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(on.started).toEqual([]);
  });
});
