import { type Job, WaitingError } from 'bullmq';

/**
 * Runs `work`, but if the worker cancels the job (shutdown grace elapsed) the job goes back
 * to the waiting list without using up an attempt, and the processor stops here. Work must
 * be a single transaction (or idempotent), so an abandoned run leaves nothing half-done.
 */
export async function handBackOnAbort<R>(
  job: Job,
  token: string | undefined,
  signal: AbortSignal | undefined,
  work: () => Promise<R>,
): Promise<R> {
  if (!signal) return work();
  if (signal.aborted) {
    await job.moveToWait(token);
    throw new WaitingError();
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const outcome = await Promise.race([work().then((value) => ({ value })), aborted]);
    if (outcome === 'aborted') {
      await job.moveToWait(token);
      throw new WaitingError();
    }
    return outcome.value;
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
