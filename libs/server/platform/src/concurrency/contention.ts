/**
 * Which keys (an auction, a campaign) another process is writing too, lately. The bid and join
 * desks write a batch optimistically — one read, one write guarded by the row's version — which is
 * the cheapest path while one process has the key to itself. When a write loses to another
 * process, the batch is judged again under the row's lock, and for `holdMs` afterwards the key's
 * next batches take the lock at once: on a row two processes keep writing, a guarded write would
 * mostly lose and cost a wasted round of reading and judging (decision 0024).
 */
export class Contention {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly holdMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs `optimistic` (unless `key` lost a race lately), and `locked` when it returns null (it
   * lost: another writer moved the row in between), remembering the loss. `locked` must not lose.
   */
  async attempt<T>(
    key: string,
    optimistic: () => Promise<T | null>,
    locked: () => Promise<T | null>,
  ): Promise<T> {
    if (!this.has(key)) {
      const won = await optimistic();
      if (won !== null) return won;
      this.lost(key);
    }
    const result = await locked();
    if (result === null) throw new Error(`${key} changed under its lock`);
    return result;
  }

  /** Whether `key` lost a race less than `holdMs` ago. */
  has(key: string): boolean {
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(key);
    return false;
  }

  /** `key` just lost a race to another writer. */
  lost(key: string): void {
    // keys are forgotten when looked up after expiry; an idle process keeps at most a few thousand
    if (this.until.size >= 10_000) this.forgetExpired();
    this.until.set(key, this.now() + this.holdMs);
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}
