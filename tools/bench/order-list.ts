/**
 * Benchmark: a buyer's order list (`GET /api/orders`) with 100 000 orders of its own (issue 5:
 * "order list for a buyer with 100 000 orders, filtered and paged, p99 < 50 ms"). Creates its
 * own database (tw_bench_orders: dropped, migrated and seeded by `npm run db:seed:scale` at a
 * small size — 20 sellers, 200 buyers — for the companies and users), then bulk-loads orders
 * with one `INSERT … SELECT generate_series`: the scale seed's bench buyer gets `--orders`
 * (100 000) spread over two years, and other buyers of the same sellers half as many again,
 * interleaved in time, so that every company predicate has rows to exclude. Statuses follow
 * the age of an order (recent ones placed or confirmed, old ones closed, some cancelled or
 * rejected at every age; all twelve states occur); sellers are skewed (the first few take
 * most orders); 60 % of the buyer's orders carry its own reference.
 *
 * Then it starts the built API on that database, signs in as the buyer's purchaser, checks
 * that each filter returns what it says (and only the buyer's orders), and measures seven
 * kinds of request in turn: the first page, a deep page (page 40), status filters,
 * counterparty (seller) filters, date ranges, text search `q` (an order number, part of one,
 * part of a reference), and keyset (`cursor`) pages along a chain of ten pages — one client
 * at a time (the service time), then `--concurrency` clients, each for `--duration` seconds
 * after a warm-up, timed per request by the client. Target: p99 < 50 ms. Writes
 * docs/performance.md between the order-list-bench markers.
 *
 * Usage: npm run bench:order-list [-- --duration 20 --concurrency 8 --orders 100000 --reuse --dry-run]
 * `--reuse` keeps tw_bench_orders when it holds the scale data, and its orders when the bench
 * buyer has exactly `--orders` of them (otherwise the orders are loaded again).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  closedLoop,
  latencyRows,
  machineFacts,
  percentile,
  scaleDatabase,
  signIn,
  startApi,
  tableSizes,
  writeSection,
  type BenchRequest,
  type LoadResult,
} from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    'warm-up': { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3214' },
    reuse: { type: 'boolean', default: false },
    database: { type: 'string', default: 'tw_bench_orders' },
    orders: { type: 'string', default: '100000' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const warmUp = Number(values['warm-up']);
const concurrency = Number(values.concurrency);
const database = values.database;
const ORDERS = Number(values.orders.replace(/_/g, ''));
if (!Number.isInteger(ORDERS) || ORDERS < 1000 || ORDERS > 600_000)
  throw new Error('--orders must be a whole number from 1 000 to 600 000');
/** Orders of other buyers, per order of the bench buyer: one in three rows is someone else's. */
const OTHERS = Math.floor(ORDERS / 2);
const DAYS = 730;
const TARGET_P99_MS = 50;

/** The scale seed's bench buyer (tools/seed/src/scale-data.ts SCALE_BENCH_BUYER) and password. */
const BUYER_CODE = 'scale-buyer-0001';
const BUYER_EMAIL = 'purchaser@scale-buyer-0001.scale.test';
const PASSWORD = 'Tradeway-demo-2026';
/** Small on purpose: the orders are what this bench is about, the catalog is not read. */
const seedArgs = ['--skus', '2000', '--buyers', '200', '--lists', '60', '--sellers', '20'];

console.log(`Preparing ${database} (${seedArgs.join(' ')})…`);
const t0 = performance.now();
const db = await scaleDatabase(database, { reuse: values.reuse, seedArgs });
if (db.seedLog) process.stdout.write(db.seedLog);
console.log(
  `Database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s${db.reused ? ' (reused)' : ''}.`,
);

// ---- the orders: one INSERT … SELECT over generate_series ---------------------------------------
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const buyerId = (await client.query<{ id: string }>(`SELECT id FROM companies WHERE code = $1`, [BUYER_CODE]))
  .rows[0]?.id;
if (!buyerId) throw new Error(`${database} has no ${BUYER_CODE}: run without --reuse`);
const held = (
  await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE "buyerId" = $1`, [buyerId])
).rows[0]?.n;
let loadSeconds: number | null = null;
if (held !== ORDERS) {
  console.log(`Loading ${ORDERS} orders of ${BUYER_CODE} and ${OTHERS} of other buyers…`);
  const t1 = performance.now();
  await client.query('BEGIN');
  await client.query('TRUNCATE orders CASCADE');
  // k = 0 is the buyer's newest order. Values are derived from k (h: k scrambled), so two loads
  // of one size hold the same orders (ids aside). Money: net = tonnes × yuan per tonne × 100 fen, VAT 13 % rounded half up.
  await client.query(
    `
    WITH sellers AS (
      SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id FROM companies
      WHERE code LIKE 'scale-seller-%'
    ), buyers AS (
      SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id FROM companies
      WHERE code LIKE 'scale-buyer-%' AND code <> $2
    ), n AS (
      SELECT (SELECT count(*) FROM sellers) AS sellers, (SELECT count(*) FROM buyers) AS buyers
    ), rows AS (
      -- the buyer's orders k = 0 … ORDERS - 1 and the others' k = ORDERS …, interleaved in time
      SELECT k, (k * 7919 + 13) % 1000 AS h, other, frac * ${DAYS} AS age,
             date_trunc('milliseconds', now() AT TIME ZONE 'UTC')
               - make_interval(secs => frac * ${DAYS} * 86400 + (k * 131) % 600) AS at
      FROM (
        SELECT k, false AS other, k::float8 / ${ORDERS} AS frac FROM generate_series(0, ${ORDERS} - 1) k
        UNION ALL
        SELECT ${ORDERS} + j, true, (j + 0.5) / ${OTHERS} FROM generate_series(0, ${OTHERS} - 1) j
      ) x
    ), shaped AS (
      SELECT r.*,
             CASE
               WHEN r.age < 3 THEN CASE WHEN h < 100 THEN 'pending_approval' WHEN h < 500 THEN 'placed'
                 WHEN h < 800 THEN 'confirmed' WHEN h < 900 THEN 'cancelled' ELSE 'rejected' END
               WHEN r.age < 30 THEN CASE WHEN h < 200 THEN 'confirmed' WHEN h < 500 THEN 'in_fulfilment'
                 WHEN h < 700 THEN 'delivered' WHEN h < 850 THEN 'accepted' WHEN h < 880 THEN 'disputed'
                 WHEN h < 950 THEN 'cancelled' ELSE 'rejected' END
               WHEN r.age < 90 THEN CASE WHEN h < 200 THEN 'accepted' WHEN h < 550 THEN 'invoiced'
                 WHEN h < 800 THEN 'settled' WHEN h < 820 THEN 'disputed' WHEN h < 920 THEN 'cancelled'
                 ELSE 'rejected' END
               ELSE CASE WHEN h < 750 THEN 'closed' WHEN h < 800 THEN 'settled' WHEN h < 920 THEN 'cancelled'
                 ELSE 'rejected' END
             END AS status,
             -- skewed sellers: the first takes about a fifth, the last few very little
             floor(power(((k * 2654435761) % 1000003) / 1000003.0, 2) * (SELECT sellers FROM n))::int AS seller_idx,
             (10 + (k * 37) % 491) AS tonnes,
             (5200 + (k * 53) % 1300) AS yuan_per_tonne
      FROM rows r
    ), priced AS (
      SELECT s.*, s.tonnes::bigint * s.yuan_per_tonne * 100 AS net,
             -- cancelled before it was placed: the buyer's approval refused it
             (s.status = 'pending_approval' OR (s.status = 'cancelled' AND s.h % 3 = 0)) AS unplaced
      FROM shaped s
    )
    INSERT INTO orders (id, number, "buyerId", "sellerId", source, channel, status, currency, "paymentTerm",
                        delivery, "netMinor", "taxMinor", "totalMinor", "buyerReference", note, "scheduledDate",
                        "rejectionReason", cancellation, "cancelReason", "createdAt", "placedAt", "confirmedAt",
                        "deliveredAt", "acceptedAt", "closedAt", "updatedAt", version)
    SELECT gen_random_uuid(),
           'PO-' || to_char(p.at + interval '8 hours', 'YYYYMMDD') || '-' ||
             lpad((row_number() OVER (ORDER BY p.at, p.k))::text, 6, '0'), -- ≤ 999 999 rows
           CASE WHEN p.other THEN b.id ELSE $1::uuid END,
           s.id,
           'catalog_quote', (ARRAY['self_service', 'self_service', 'assisted', 'automatic'])[1 + p.k % 4]::"OrderChannel",
           p.status::"OrderStatus", 'CNY', (ARRAY['cash', 'prepayment', 'net30', 'net60', 'net90'])[1 + p.h % 5],
           jsonb_build_object('mode', 'delivery', 'region', 'CN-GD', 'address', '广东省佛山市顺德区 ' || p.k || ' 号'),
           p.net, (p.net * 1300 + 5000) / 10000, p.net + (p.net * 1300 + 5000) / 10000,
           CASE WHEN p.other THEN 'REF-' || p.k
                WHEN p.h < 600 THEN 'SCB-' || to_char(p.at, 'YYYYMM') || '-' || lpad((p.k % 10000)::text, 4, '0')
                ELSE '' END,
           '',
           CASE WHEN p.status IN ('pending_approval', 'placed', 'cancelled', 'rejected') THEN NULL
                ELSE (p.at + interval '8 hours')::date + 7 END,
           CASE WHEN p.status = 'rejected' THEN '库存不足，无法按期供货' END,
           CASE WHEN p.status <> 'cancelled' THEN NULL WHEN p.unplaced THEN 'approval_rejected' ELSE 'by_buyer' END,
           CASE WHEN p.status = 'cancelled' AND NOT p.unplaced THEN '需求取消' END,
           p.at,
           CASE WHEN p.unplaced THEN NULL ELSE p.at + interval '2 minutes' END,
           CASE WHEN p.status IN ('pending_approval', 'placed', 'cancelled', 'rejected') THEN NULL
                ELSE p.at + interval '3 hours' END,
           CASE WHEN p.status IN ('delivered', 'accepted', 'disputed', 'invoiced', 'settled', 'closed')
                THEN p.at + interval '6 days' END,
           CASE WHEN p.status IN ('accepted', 'invoiced', 'settled', 'closed') THEN p.at + interval '8 days' END,
           CASE WHEN p.status = 'closed' THEN p.at + interval '60 days' END,
           p.at + interval '3 hours',
           1 + (p.h % 6)
    FROM priced p
    JOIN sellers s ON s.idx = p.seller_idx
    LEFT JOIN buyers b ON b.idx = p.k % (SELECT buyers FROM n)`,
    [buyerId, BUYER_CODE],
  );
  await client.query(`SELECT setval('order_number_seq', $1)`, [ORDERS + OTHERS + 1]);
  await client.query('COMMIT');
  // As autovacuum would leave it: statistics, and a visibility map for index-only counts.
  await client.query('VACUUM (ANALYZE) orders');
  loadSeconds = (performance.now() - t1) / 1000;
  console.log(`Loaded in ${loadSeconds.toFixed(1)} s.`);
}
const check = (
  await client.query<{ mine: number; others: number; statuses: number; sellers: number }>(
    `SELECT count(*) FILTER (WHERE "buyerId" = $1)::int AS mine, count(*) FILTER (WHERE "buyerId" <> $1)::int AS others,
            count(DISTINCT status)::int AS statuses, count(DISTINCT "sellerId") FILTER (WHERE "buyerId" = $1)::int AS sellers
     FROM orders`,
    [buyerId],
  )
).rows[0];
if (!check || check.mine !== ORDERS)
  throw new Error(`the bench buyer holds ${check?.mine} orders, not ${ORDERS}`);
console.log(
  `Orders: ${check.mine} of ${BUYER_CODE} with ${check.sellers} sellers, ${check.others} of other buyers, ${check.statuses} statuses.`,
);

// ---- the filters, from the data -------------------------------------------------------------------
/** The buyer's sellers, most orders first. */
const sellers = (
  await client.query<{ id: string; n: number }>(
    `SELECT "sellerId" AS id, count(*)::int AS n FROM orders WHERE "buyerId" = $1 GROUP BY 1 ORDER BY 2 DESC`,
    [buyerId],
  )
).rows;
/** Eight of the buyer's orders from a day to two years old: numbers and references to search for. */
const samples = (
  await client.query<{ number: string; buyerReference: string }>(
    `SELECT number, "buyerReference" FROM (
       SELECT number, "buyerReference", "createdAt", row_number() OVER (ORDER BY "createdAt" DESC, id) AS n
       FROM orders WHERE "buyerId" = $1 AND "buyerReference" <> '') x
     WHERE n IN (38, 500, 3000, 12000, 25000, 38000, 50000, 59000) ORDER BY "createdAt" DESC`,
    [buyerId],
  )
).rows;
const sizes = await tableSizes(db.url, ['companies', 'users', 'orders']);
const ordersMb = (
  await client.query<{ mb: number }>(`SELECT round(pg_total_relation_size('orders') / 1048576.0)::int AS mb`)
).rows[0]?.mb;

const STATUS_FILTERS = [
  'placed',
  'confirmed',
  'in_fulfilment',
  'disputed',
  'closed',
  'cancelled',
  'placed,confirmed',
  'delivered,accepted,disputed',
];
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => chinaDay(new Date(Date.now() - n * 86_400_000));
/** A month, a week and a quarter at different ages, some with a status. */
const RANGES: ReadonlyArray<{ from: string; to: string; status?: string }> = [
  { from: daysAgo(30), to: daysAgo(0) },
  { from: daysAgo(7), to: daysAgo(0), status: 'confirmed' },
  { from: daysAgo(200), to: daysAgo(170) },
  { from: daysAgo(400), to: daysAgo(310) },
  { from: daysAgo(700), to: daysAgo(693) },
  { from: daysAgo(120), to: daysAgo(60), status: 'cancelled' },
];
/** An order number, its serial part, a reference's month, a reference fragment. */
const SEARCHES = samples.flatMap((s) => [
  s.number,
  s.number.slice(-6),
  s.buyerReference.slice(0, 10),
  s.buyerReference.slice(4),
]);
if (SEARCHES.length < 8 || sellers.length < 5) throw new Error('too few orders to pick filters from');

const list = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return `/api/orders${s ? `?${s}` : ''}`;
};

const KINDS = [
  'first page',
  'page 40',
  'status',
  'counterparty',
  'date range',
  'search q',
  'cursor',
] as const;
type Kind = (typeof KINDS)[number];
/** Keyset pages 2–10 of a few lists, collected by following `nextCursor` (filled in below). */
const cursorPaths: string[] = [];

/** Deterministic variety: the seven kinds in turn, each walking its own list of filters. */
function orderRequest(i: number): BenchRequest {
  const kind = KINDS[i % KINDS.length] as Kind;
  const j = Math.floor(i / KINDS.length);
  const pick = <T>(items: readonly T[]) => items[(j * 7 + 3) % items.length] as T;
  const page = j % 4 === 3 ? 2 : undefined;
  const path = (() => {
    switch (kind) {
      case 'first page':
        return list({});
      case 'page 40':
        return list({ page: 40 });
      case 'status':
        return list({ status: pick(STATUS_FILTERS), page });
      case 'counterparty':
        return list({ counterpartyId: pick(sellers).id, page });
      case 'date range': {
        const r = pick(RANGES);
        return list({ createdFrom: r.from, createdTo: r.to, status: r.status, page });
      }
      case 'search q':
        return list({ q: pick(SEARCHES) });
      case 'cursor':
        return pick(cursorPaths);
    }
  })();
  return { method: 'GET', kind, path };
}

// ---- run -------------------------------------------------------------------------------------------
interface Summary {
  id: string;
  number: string;
  counterpartyId: string;
  status: string;
  createdAt: string;
  buyerReference: string;
}
interface Page {
  items: Summary[];
  total: number;
  totalIsLowerBound: boolean;
  nextCursor: string | null;
}
const facts = await machineFacts(db.url);
const { base, proc } = await startApi(Number(values.port), { databaseUrl: db.url });
let sequential: LoadResult;
let loaded: LoadResult;
const probes: string[] = [];
try {
  const cookie = await signIn(base, BUYER_EMAIL, PASSWORD);
  const get = async (path: string): Promise<Page> => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Page;
  };
  /** Every item is the bench buyer's, newest first, and passes `ok`. */
  const expectPage = async (label: string, path: string, ok: (s: Summary) => boolean, minItems = 1) => {
    const p = await get(path);
    if (p.items.length < minItems) throw new Error(`${label}: ${p.items.length} items`);
    const bad = p.items.find((s) => !ok(s));
    if (bad) throw new Error(`${label}: ${JSON.stringify(bad)} does not match`);
    for (let k = 1; k < p.items.length; k++) {
      if ((p.items[k - 1] as Summary).createdAt < (p.items[k] as Summary).createdAt)
        throw new Error(`${label}: not newest first`);
    }
    const ids = p.items.map((s) => s.id);
    const theirs = await client.query(`SELECT 1 FROM orders WHERE id = ANY($1::uuid[]) AND "buyerId" <> $2`, [
      ids,
      buyerId,
    ]);
    if (theirs.rowCount) throw new Error(`${label}: another company's order in the list`);
    probes.push(`${label}: ${p.total}${p.totalIsLowerBound ? '+' : ''}`);
    return p;
  };
  const first = await expectPage('no filter', list({}), () => true, 20);
  if (!first.totalIsLowerBound || !first.nextCursor)
    throw new Error('the first page should say "more than 1 000"');
  // page 40 is the 781st–800th of the buyer's orders
  const page40 = await expectPage('page 40', list({ page: 40 }), () => true, 20);
  const expected40 = (
    await client.query<{ id: string }>(
      `SELECT id FROM orders WHERE "buyerId" = $1 ORDER BY "createdAt" DESC, id LIMIT 20 OFFSET 780`,
      [buyerId],
    )
  ).rows.map((r) => r.id);
  if (page40.items.map((s) => s.id).join() !== expected40.join())
    throw new Error('page 40 is not rows 781–800');
  for (const s of ['disputed', 'placed,confirmed']) {
    const wanted = s.split(',');
    await expectPage(`status=${s}`, list({ status: s }), (x) => wanted.includes(x.status));
  }
  const small = sellers[sellers.length - 1] as { id: string };
  await expectPage(
    'counterparty (largest seller)',
    list({ counterpartyId: (sellers[0] as { id: string }).id }),
    (x) => x.counterpartyId === (sellers[0] as { id: string }).id,
  );
  await expectPage(
    'counterparty (smallest seller)',
    list({ counterpartyId: small.id }),
    (x) => x.counterpartyId === small.id,
  );
  const r = RANGES[2] as { from: string; to: string };
  await expectPage(
    `${r.from}…${r.to}`,
    list({ createdFrom: r.from, createdTo: r.to }),
    (x) => chinaDay(new Date(x.createdAt)) >= r.from && chinaDay(new Date(x.createdAt)) <= r.to,
  );
  for (const q of SEARCHES.slice(0, 4)) {
    await expectPage(`q=${q}`, list({ q }), (x) => `${x.number} ${x.buyerReference}`.includes(q));
  }
  // keyset pages follow on without gaps: cursor page 2 is offset page 2
  const chains = [{}, { status: 'closed' }, { counterpartyId: (sellers[1] as { id: string }).id }];
  for (const filter of chains) {
    let cursor = (await get(list(filter))).nextCursor;
    for (let n = 2; n <= 10 && cursor; n++) {
      const path = list({ ...filter, cursor });
      const p = await get(path);
      if (n === 2) {
        const offset = await get(list({ ...filter, page: 2 }));
        if (offset.items.map((s) => s.id).join() !== p.items.map((s) => s.id).join())
          throw new Error(`cursor page 2 of ${JSON.stringify(filter)} is not page 2`);
      }
      cursorPaths.push(path);
      cursor = p.nextCursor;
    }
  }
  probes.push(`cursor chains: ${cursorPaths.length} pages`);

  const options = { headers: { cookie }, expectStatus: 200, warmUpS: warmUp, apiPid: proc.pid, database };
  console.log(`Listing: 1 client for ${duration} s, then ${concurrency} clients for ${duration} s…`);
  sequential = await closedLoop(base, orderRequest, { ...options, concurrency: 1, durationS: duration });
  loaded = await closedLoop(base, (i) => orderRequest(i + 1_000_003 * KINDS.length), {
    ...options,
    concurrency,
    durationS: duration,
  });
} finally {
  proc.kill('SIGTERM');
  await client.end();
}
const table = latencyRows([
  { label: '**1 client (service time)**', result: sequential },
  ...KINDS.map((k) => ({
    label: `1 client: ${k}`,
    result: sequential,
    latencies: sequential.byKind.get(k) ?? [],
  })),
  { label: `**${concurrency} clients**`, result: loaded },
  ...KINDS.map((k) => ({
    label: `${concurrency} clients: ${k}`,
    result: loaded,
    latencies: loaded.byKind.get(k) ?? [],
  })),
]);
const worst = (r: LoadResult) =>
  KINDS.map((k) => ({ k, p99: percentile(r.byKind.get(k) ?? [], 99) })).sort((a, b) => b.p99 - a.p99)[0] as {
    k: Kind;
    p99: number;
  };
/** The target is a latency: judged on the service time (1 client) of every kind; the loaded run shows capacity. */
const verdict = (label: string, r: LoadResult) => {
  const p99 = percentile(r.latencies, 99);
  const w = worst(r);
  const meets = p99 < TARGET_P99_MS && w.p99 < TARGET_P99_MS;
  return `p99 ${label} ${p99.toFixed(2)} ms (worst kind: ${w.k}, ${w.p99.toFixed(2)} ms): **${
    meets ? 'meets' : 'misses'
  }** the ${TARGET_P99_MS} ms target.`;
};
const errors = [sequential.firstError, loaded.firstError].filter(Boolean);
const body = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:order-list\`
(${facts}; API built for production, one process, logs at warn).
Database \`${database}\`: companies and users by \`npm run db:seed:scale -- ${seedArgs.join(' ')}\`, then
${ORDERS} orders of the bench buyer (${BUYER_CODE}) with ${sellers.length} sellers over ${DAYS} days and ${OTHERS} of
other buyers of the same sellers interleaved, loaded by one \`INSERT … SELECT generate_series\`${
  loadSeconds !== null ? ` in ${loadSeconds.toFixed(1)} s` : ' (reused)'
}: ${Object.entries(sizes)
  .map(([t, n]) => `${n} ${t}`)
  .join(', ')} (orders ${ordersMb} MB with indexes).
Signed in as the bench buyer's purchaser. Requests in turn: the first page (no filter); page 40 (rows 781–800);
a status (one of six, or two or three together); a seller (\`counterpartyId\`, largest to smallest);
a date range (a week to a quarter, at ages up to two years, some with a status); \`q\` (an order number, its
serial, a reference's month, a reference fragment, of orders a day to two years old); keyset pages 2–10 along three \`cursor\` chains (no filter,
\`status=closed\`, a seller). Every fourth filtered request asks for page 2; 20 orders a page, totals counted
up to 1 000. Checked before the run: every list holds the buyer's orders only, newest first, matching its filter;
page 40 is rows 781–800; cursor page 2 is page 2.
Totals of some probes: ${probes.join('; ')}.
Closed loop: ${warmUp} s warm-up, then ${duration} s measured per run, timed by the client.

${table}

${verdict('at 1 client', sequential)} ${verdict(`at ${concurrency} clients`, loaded)}${
  errors.length > 0 ? `\n\nFirst error: \`${errors[0]}\`` : ''
}`;
if (!values['dry-run'])
  writeSection('order-list-bench', 'Order list of a buyer with 100 000 orders (issue 5: p99 < 50 ms)', body);
console.log(body);
process.exit(0);
