/** A write waits this long for the next before the copy is refreshed (a burst of saves makes one copy). */
const AFTER_WRITE_MS = 5_000;
/** However busy the officer, a copy at most this long after the first write it waits for. */
const MAX_WAIT_MS = 60_000;
/** Others on the team write too: a copy older than this is refreshed on the next call the server answers. */
const REFRESH_EVERY_MS = 5 * 60_000;

/**
 * When to refresh the local copy of the team's server: soon after the
 * server opens, a few seconds after writes stop, and every few minutes while
 * the app is used. Always off the request path (a timer, never awaited by a
 * call) and never two at once: asked while one runs, it runs once more after.
 * A copy that fails leaves the previous one in place; the reason is kept.
 */
export class SnapshotKeeper {
  private timer: NodeJS.Timeout | null = null;
  private firstAsked = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private lastTaken = 0;
  /** Why the last copy failed, or null when it was taken. */
  lastFailure: string | null = null;

  constructor(
    private readonly take: () => Promise<void>,
    private readonly enabled: boolean,
  ) {}

  /** The server opened (at start, or back after being away). */
  opened(delayMs = 0): void {
    this.at(Date.now() + delayMs);
  }

  /** A write went through on the server. */
  written(): void {
    const now = Date.now();
    this.firstAsked ||= now;
    this.at(Math.min(now + AFTER_WRITE_MS, this.firstAsked + MAX_WAIT_MS));
  }

  /** A read went through on the server. */
  served(): void {
    if (!this.timer && !this.running && Date.now() - this.lastTaken > REFRESH_EVERY_MS) this.at(Date.now());
  }

  /** Take the copy that is waiting now, and wait for it (and for one running). */
  async flush(): Promise<void> {
    if (this.timer) this.fire();
    while (this.running) await this.running;
  }

  /** Forget what waits, and wait for a copy that runs (before the store closes). */
  async stop(): Promise<void> {
    this.clear();
    this.again = false;
    while (this.running) await this.running;
  }

  private at(when: number): void {
    if (!this.enabled) return;
    this.clear(false);
    this.timer = setTimeout(() => this.fire(), Math.max(0, when - Date.now()));
    this.timer.unref();
  }

  private clear(forget = true): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (forget) this.firstAsked = 0;
  }

  private fire(): void {
    this.clear();
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.take().then(
      () => {
        this.lastTaken = Date.now();
        this.lastFailure = null;
      },
      (e: unknown) => {
        this.lastFailure = e instanceof Error ? e.message.slice(0, 300) : String(e);
      },
    );
    void this.running.finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.fire();
      }
    });
  }
}
