import type { HttpHarness } from './http';

/** A server-sent-events stream opened by a test: its events (id and data) as they come. */
export interface LiveStream {
  readonly events: Array<Record<string, unknown> & { id: string }>;
  stop(): void;
}

/**
 * Opens server-sent-event streams on the harness's app (listening on a free port the first
 * time), as a session's cookie, and stops them all at once (call `stopAll` after each test).
 */
export function sseClient(h: () => HttpHarness) {
  const streams: LiveStream[] = [];
  let port = 0;
  return {
    async open(
      path: string,
      session: { cookies: Record<string, string> },
      lastEventId?: string,
    ): Promise<{ status: number; stream: LiveStream }> {
      if (!port) {
        await h().app.listen({ port: 0, host: '127.0.0.1' });
        port = (h().app.getHttpServer().address() as { port: number }).port;
      }
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: {
          cookie: `tw_session=${session.cookies['tw_session'] ?? ''}`,
          accept: 'text/event-stream',
          ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
        },
        signal: controller.signal,
      });
      const events: LiveStream['events'] = [];
      const stream = { events, stop: () => controller.abort() };
      streams.push(stream);
      if (res.status !== 200) {
        controller.abort();
        return { status: res.status, stream };
      }
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffer += decoder.decode(value, { stream: true });
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const id = /^id: ?(.*)$/m.exec(block)?.[1] ?? '';
              const data = /^data: ?(.*)$/m.exec(block)?.[1];
              if (data && /^event: ?message$/m.test(block))
                events.push({ id, ...(JSON.parse(data) as object) });
            }
          }
        } catch {
          // aborted
        }
      })();
      return { status: res.status, stream };
    },
    stopAll(): void {
      for (const s of streams.splice(0)) s.stop();
    },
  };
}

/** Waits until `check` holds (an event arrived), at most 5 s. */
export async function until(check: () => boolean, what = 'no live event in time'): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((r) => setTimeout(r, 20));
  }
}
