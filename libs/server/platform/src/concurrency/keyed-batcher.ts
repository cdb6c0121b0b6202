/**
 * Serial batches per key (decision 0022): requests for one key (an auction, a campaign) that
 * arrive while a batch of that key is being processed queue up and are processed together in the
 * next batch, in arrival order. One batch per key at a time in this process; across processes the
 * processor's own row lock serialises. One transaction (one commit, one fsync) then carries a
 * whole batch, so a hot key takes far more than one request per commit latency.
 *
 * The processor answers each request of the batch, in order; when it throws, every request of the
 * batch fails with its error and the next batch goes on.
 */
export class KeyedBatcher<Req, Res> {
  private readonly queues = new Map<string, Array<Pending<Req, Res>>>();

  constructor(
    private readonly process: (key: string, batch: readonly Req[]) => Promise<readonly Res[]>,
    private readonly maxBatch = 500,
    private readonly onError: (key: string, size: number, error: unknown) => void = () => undefined,
  ) {}

  submit(key: string, request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const pending = { request, resolve, reject };
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(pending);
        return;
      }
      this.queues.set(key, [pending]);
      void this.drain(key);
    });
  }

  /** Requests waiting or being processed (for tests and metrics). */
  get pending(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private async drain(key: string): Promise<void> {
    // the queue stays in the map while draining: new requests join it for the next batch
    for (;;) {
      const queue = this.queues.get(key) ?? [];
      if (queue.length === 0) {
        this.queues.delete(key);
        return;
      }
      const batch = queue.splice(0, this.maxBatch);
      try {
        const answers = await this.process(
          key,
          batch.map((p) => p.request),
        );
        if (answers.length !== batch.length)
          throw new Error(`a batch of ${batch.length} got ${answers.length} answers`);
        batch.forEach((p, i) => p.resolve(answers[i] as Res));
      } catch (e) {
        this.onError(key, batch.length, e);
        for (const p of batch) p.reject(e);
      }
    }
  }
}

interface Pending<Req, Res> {
  readonly request: Req;
  readonly resolve: (answer: Res) => void;
  readonly reject: (error: unknown) => void;
}
