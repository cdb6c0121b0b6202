/**
 * Benchmark: auction bids over HTTP (issue 7). Uses its own database (tw_bench_auction: the
 * scale seed with 200 sellers, `--reuse` keeps it) and the built API, and measures:
 *
 * 1. one auction, 200 bidders (each a seller of its own, signed in) bidding as fast as they
 *    get answers, each beating its own last price (rank-only: nearly every bid is accepted) —
 *    accepted bids/s and the bid latency (target ≥ 1 000 accepted/s with p99 < 50 ms);
 * 2. 100 auctions at once, the same 200 bidders two by two — bids/s across them;
 * 3. the live view: 200 watchers (every bidder's stream) on one auction while one bidder bids
 *    20 times a second — the delay from a bid's acceptance (its receive time on the server) to
 *    its event reaching each watcher (target p95 < 100 ms).
 *
 * Writes docs/performance.md between the auction-bench markers.
 * Usage: npm run bench:auction [-- --duration 15 --bidders 200 --reuse]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  closedLoop,
  latencyRows,
  machineFacts,
  pacedLoad,
  pacedRuns,
  pacedTable,
  percentile,
  scaleDatabase,
  signIn,
  startApi,
  writeSection,
  type LoadResult,
} from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '3' },
    bidders: { type: 'string', default: '200' },
    auctions: { type: 'string', default: '100' },
    rate: { type: 'string', default: '1100' },
    'paced-runs': { type: 'string', default: '3' },
    port: { type: 'string', default: '3216' },
    reuse: { type: 'boolean', default: false },
    database: { type: 'string', default: 'tw_bench_auction' },
  },
});
const duration = Number(values.duration);
const warmUp = Number(values['warm-up']);
const BIDDERS = Number(values.bidders);
const AUCTIONS = Number(values.auctions);
const RATE = Number(values.rate);
const PACED_RUNS = Number(values['paced-runs']);
const PASSWORD = 'Tradeway-demo-2026';
const BUYER_EMAIL = 'purchaser@scale-buyer-0001.scale.test';
const TARGET_BIDS_PER_S = 1_000;
const TARGET_P99_MS = 50;
const TARGET_EVENT_P95_MS = 100;

console.log(`Preparing ${values.database}…`);
const db = await scaleDatabase(values.database, {
  reuse: values.reuse,
  seedArgs: ['--skus', '2000', '--buyers', '5', '--lists', String(3 * BIDDERS), '--sellers', String(BIDDERS)],
});
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const sellers = (
  await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM companies WHERE code LIKE 'scale-seller-%' ORDER BY code LIMIT $1`,
    [BIDDERS],
  )
).rows;
if (sellers.length < BIDDERS)
  throw new Error(`only ${sellers.length} scale sellers; re-seed without --reuse`);

const api = await startApi(Number(values.port), { databaseUrl: db.url });
try {
  const facts = await machineFacts(db.url);
  const buyer = await signIn(api.base, BUYER_EMAIL, PASSWORD);
  const cookies: string[] = [];
  for (const s of sellers) cookies.push(await signIn(api.base, `manager@${s.code}.scale.test`, PASSWORD));
  console.log(`signed in ${cookies.length} bidders`);

  const post = async (path: string, cookie: string, body: unknown) => {
    const res = await fetch(`${api.base}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path} → ${res.status}: ${text}`);
    return JSON.parse(text) as { id: string; status: string };
  };
  /** A scheduled reverse auction with `participants`, open for an hour from `startsInMs`. */
  const auction = async (
    participants: string[],
    visibility: 'rank_only' | 'best_price',
    startsInMs = 2_000,
  ) => {
    const a = await post('/api/auctions', buyer, {
      direction: 'reverse',
      visibility,
      title: `压测竞价 ${new Date().toISOString()}`,
      quantity: '500',
      unit: 't',
      deliveryRegion: 'CN-SD',
      deliveryDate: '2027-06-30',
      paymentTerm: 'net30',
      openingPrice: '6000',
      minStep: { kind: 'absolute', amount: '0.01' },
      startsAt: new Date(Date.now() + startsInMs).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      snipingWindowMinutes: 0,
      participantIds: participants,
    });
    await post(`/api/auctions/${a.id}/schedule`, buyer, {});
    return a.id;
  };
  const waitForStart = () => new Promise((r) => setTimeout(r, 2_200));

  // ---- 1. one auction, 200 bidders ------------------------------------------------------------
  const one = await auction(
    sellers.map((s) => s.id),
    'rank_only',
  );
  await waitForStart();
  const nextPrice = sellers.map(() => 6_000_00); // in fen, per bidder
  const countAccepted = () => {
    let accepted = 0;
    return {
      onAnswer: (_r: unknown, body: string) => {
        if (body.includes('"accepted":true')) accepted++;
      },
      get accepted() {
        return accepted;
      },
    };
  };
  const bidOf = (auctionId: string, bidder: number) => {
    nextPrice[bidder] = (nextPrice[bidder] ?? 6_000_00) - 1;
    const fen = nextPrice[bidder] ?? 0;
    return {
      method: 'POST' as const,
      path: `/api/auctions/${auctionId}/bids`,
      body: JSON.stringify({ price: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}` }),
      headers: { cookie: cookies[bidder] ?? '' },
      kind: 'bid',
    };
  };
  const counter1 = countAccepted();
  const single: LoadResult = await closedLoop(api.base, (_i, c) => bidOf(one, c), {
    concurrency: BIDDERS,
    durationS: duration,
    warmUpS: warmUp,
    headers: {},
    expectStatus: 200,
    apiPid: api.proc.pid,
    database: values.database,
    onAnswer: counter1.onAnswer,
  });
  const capacityPerS = counter1.accepted / duration;
  console.log(
    `one auction, closed loop: ${single.rps.toFixed(0)} bids/s, ${capacityPerS.toFixed(0)} accepted/s`,
  );

  // 1b. the same bidders at a steady RATE bids/s in all (each every BIDDERS/RATE s, staggered),
  // sent whether or not earlier answers are in: the latency a bidder sees at that load
  const { all: pacedAll, median: paced } = await pacedRuns(PACED_RUNS, async (run) => {
    let accepted = 0;
    const result = await pacedLoad(api.base, (bidder) => bidOf(one, bidder), {
      clients: BIDDERS,
      ratePerS: RATE,
      durationS: duration,
      expectStatus: 200,
      onAnswer: (body) => {
        if (body.includes('"accepted":true')) accepted++;
      },
    });
    console.log(
      `one auction at ${RATE}/s, run ${run + 1}: ${result.sentPerS.toFixed(0)} bids/s, ${(accepted / result.elapsedS).toFixed(0)} accepted/s, ` +
        `p50 ${percentile(result.latencies, 50).toFixed(1)} ms, p99 ${percentile(result.latencies, 99).toFixed(1)} ms`,
    );
    return { ...result, acceptedPerS: accepted / result.elapsedS };
  });
  const acceptedPerS = paced.acceptedPerS;

  // ---- 2. 100 auctions at once ----------------------------------------------------------------
  const many: string[] = [];
  for (let k = 0; k < AUCTIONS; k++) {
    const pair = sellers.filter((_, i) => i % AUCTIONS === k).map((s) => s.id);
    many.push(await auction(pair, 'rank_only', 4_000));
  }
  await new Promise((r) => setTimeout(r, 4_200));
  nextPrice.fill(6_000_00);
  const counter2 = countAccepted();
  const spread = await closedLoop(api.base, (_i, c) => bidOf(many[c % AUCTIONS] ?? '', c), {
    concurrency: BIDDERS,
    durationS: duration,
    warmUpS: warmUp,
    headers: {},
    expectStatus: 200,
    apiPid: api.proc.pid,
    database: values.database,
    onAnswer: counter2.onAnswer,
  });
  console.log(
    `${AUCTIONS} auctions: ${spread.rps.toFixed(0)} bids/s, ${(counter2.accepted / duration).toFixed(0)} accepted/s`,
  );

  // ---- 3. the live view to 200 watchers -------------------------------------------------------
  const watched = await auction(
    sellers.map((s) => s.id),
    'best_price',
  );
  await waitForStart();
  const arrivals = new Map<number, number[]>(); // seq → arrival times (ms since epoch) at watchers
  const controllers: AbortController[] = [];
  let connected = 0;
  await Promise.all(
    cookies.map(async (cookie) => {
      const controller = new AbortController();
      controllers.push(controller);
      const res = await fetch(`${api.base}/api/auctions/${watched}/live`, {
        headers: { cookie, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      connected++;
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            const now = Date.now();
            buffer += decoder.decode(value, { stream: true });
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const id = /^id: ?(\d+)$/m.exec(block)?.[1];
              if (id && /^event: ?message$/m.test(block)) {
                const seq = Number(id);
                arrivals.set(seq, [...(arrivals.get(seq) ?? []), now]);
              }
            }
          }
        } catch {
          // closed at the end of the bench
        }
      })();
    }),
  );
  console.log(`${connected} watchers connected`);
  await new Promise((r) => setTimeout(r, 1_000));
  const received = new Map<number, number>(); // seq → server receive time
  let fen = 6_000_00;
  const bidder = cookies[0] ?? '';
  const liveUntil = Date.now() + duration * 1000;
  while (Date.now() < liveUntil) {
    fen -= 1;
    const res = await fetch(`${api.base}/api/auctions/${watched}/bids`, {
      method: 'POST',
      headers: { cookie: bidder, 'content-type': 'application/json' },
      body: JSON.stringify({ price: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}` }),
    });
    const r = (await res.json()) as { seq: number; receivedAt: string; accepted: boolean };
    if (r.accepted) received.set(r.seq, Date.parse(r.receivedAt));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  for (const c of controllers) c.abort();
  const delays: number[] = [];
  let missing = 0;
  for (const [seq, at] of received) {
    const got = arrivals.get(seq) ?? [];
    missing += Math.max(0, BIDDERS - got.length);
    for (const t of got) delays.push(t - at);
  }
  delays.sort((a, b) => a - b);
  const eventP95 = percentile(delays, 95);
  console.log(
    `live: ${received.size} bids, ${delays.length} events, p95 ${eventP95.toFixed(1)} ms, missing ${missing}`,
  );

  const p99 = percentile(paced.latencies, 99);
  const verdict = (met: boolean) => (met ? '**met**' : '**NOT met**');
  writeSection(
    'auction-bench',
    'Auction bids and the live view',
    [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:auction\` on ${facts}.`,
      '',
      `1. One reverse auction (rank only, step 0.01 ¥), ${BIDDERS} bidders — each a seller of its own, signed in — each bidding one step under its own last price, \`POST /api/auctions/{id}/bids\` over HTTP keep-alive: (a) as fast as answers come (closed loop, ${duration} s after ${warmUp} s of warm-up: the capacity), (b) at a steady ${RATE} bids/s in all (each bidder every ${((BIDDERS / RATE) * 1000).toFixed(0)} ms, staggered, sent whether or not its last answer is in: the latency at that load).`,
      `2. ${AUCTIONS} auctions at once, the same bidders two by two, closed loop.`,
      '',
      latencyRows([
        { label: `one auction, ${BIDDERS} bidders, closed loop`, result: single },
        { label: `${AUCTIONS} auctions, ${BIDDERS} bidders, closed loop`, result: spread },
      ]),
      '',
      pacedTable(`one auction, ${BIDDERS} bidders, ${RATE}/s`, 'bids', pacedAll),
      '',
      `Accepted bids: ${capacityPerS.toFixed(0)}/s on one auction at capacity (closed loop; its latency is queueing: ${BIDDERS} clients always waiting), ${acceptedPerS.toFixed(0)}/s at the steady ${RATE}/s (the median run of ${PACED_RUNS} by p99); ${(counter2.accepted / duration).toFixed(0)}/s across ${AUCTIONS} auctions (a transaction per auction per batch: many small batches).`,
      '',
      `Target ≥ ${TARGET_BIDS_PER_S} accepted bids/s on one auction with p99 < ${TARGET_P99_MS} ms: ${verdict(
        acceptedPerS >= TARGET_BIDS_PER_S && p99 < TARGET_P99_MS,
      )} (${acceptedPerS.toFixed(0)}/s, p99 ${p99.toFixed(1)} ms).`,
      '',
      `3. Live view: ${BIDDERS} watchers (every bidder's stream, best-price visibility) on one auction while one bidder bids every 50 ms for ${duration} s; delay from the bid's receive time on the server to its event at each watcher: ${delays.length} events for ${received.size} accepted bids${missing ? ` (${missing} coalesced into a later event)` : ''}, p50 ${percentile(delays, 50).toFixed(1)} ms, p95 ${eventP95.toFixed(1)} ms, p99 ${percentile(delays, 99).toFixed(1)} ms, max ${(delays.at(-1) ?? NaN).toFixed(1)} ms.`,
      '',
      `Target p95 < ${TARGET_EVENT_P95_MS} ms: ${verdict(eventP95 < TARGET_EVENT_P95_MS)}.`,
    ].join('\n'),
  );
  console.log('docs/performance.md updated');
} finally {
  api.proc.kill();
  await client.end();
}
