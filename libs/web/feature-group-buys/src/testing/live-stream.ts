import type { CampaignProgressView } from '../data/types';

/**
 * Server-sent events as the API streams a campaign's progress (oRPC's event iterator): a
 * `message` event per change, its id the pool's version. The test pushes events into every open
 * stream; a stream ends when the page aborts its request.
 */
export function liveHub() {
  const encoder = new TextEncoder();
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const lastEventIds: Array<string | null> = [];
  return {
    lastEventIds,
    /** How many streams are open now. */
    open: () => streams.size,
    respond(request: Request): Response {
      lastEventIds.push(request.headers.get('last-event-id'));
      let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
      const body = new ReadableStream<Uint8Array>({
        start: (c) => {
          controller = c;
          streams.add(c);
        },
        cancel: () => {
          if (controller) streams.delete(controller);
        },
      });
      request.signal.addEventListener('abort', () => {
        if (!controller) return;
        streams.delete(controller);
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    },
    push(event: CampaignProgressView, version: number) {
      const chunk = encoder.encode(`event: message\nid: ${version}\ndata: ${JSON.stringify(event)}\n\n`);
      for (const c of streams) c.enqueue(chunk);
    },
    /** Breaks every open stream, as a dropped connection would. */
    breakAll() {
      for (const c of streams) {
        try {
          c.error(new TypeError('network error'));
        } catch {
          // already closed
        }
      }
      streams.clear();
    },
    reset() {
      for (const c of streams) {
        try {
          c.close();
        } catch {
          // already closed
        }
      }
      streams.clear();
      lastEventIds.length = 0;
    },
  };
}
