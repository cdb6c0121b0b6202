import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { idempotentClient, newIdempotencyKey } from './idempotent';

/** The client binds `fetch` when its module loads: the stub is installed before any import. */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state = { requests: [] as Request[], original };
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    state.requests.push(input instanceof Request ? input : new Request(input, init));
    return Promise.resolve(
      new Response(JSON.stringify({ defined: false, code: 'X', status: 422, message: 'no' }), {
        status: 422,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }) as typeof fetch;
  return state;
});

const QUOTE = '00000000-0000-4000-8000-000000000601';

/** Calls `orders.place` (the stub answers 422) and gives the request that was sent. */
async function placeWith(context: { idempotencyKey?: string }): Promise<Request> {
  stub.requests = [];
  await expect(
    idempotentClient.orders.place({ quoteId: QUOTE, buyerReference: 'PO-1', note: '' }, { context }),
  ).rejects.toThrow();
  expect(stub.requests).toHaveLength(1);
  return stub.requests[0] as Request;
}

describe('commands with an Idempotency-Key', () => {
  afterEach(() => vi.unstubAllGlobals());
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('sends the key of the call as the header, on the route of the contract', async () => {
    const request = await placeWith({ idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001' });
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/orders');
    expect(request.headers.get('idempotency-key')).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(await request.json()).toEqual({ quoteId: QUOTE, buyerReference: 'PO-1', note: '' });
  });

  it('sends no header without a key', async () => {
    const request = await placeWith({});
    expect(request.headers.has('idempotency-key')).toBe(false);
  });

  it('makes version 4 UUIDs, a new one each time, also where randomUUID is missing', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = newIdempotencyKey();
    expect(a).toMatch(v4);
    expect(newIdempotencyKey()).not.toBe(a);
    // a page over plain http on another host than localhost has no crypto.randomUUID
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: <T extends ArrayBufferView>(b: T) => real.getRandomValues(b),
    });
    const b = newIdempotencyKey();
    expect(b).toMatch(v4);
    expect(newIdempotencyKey()).not.toBe(b);
  });
});
