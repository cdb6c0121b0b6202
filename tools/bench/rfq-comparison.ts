/**
 * Benchmark: the comparison of an RFQ with 50 lines × 20 quotes through the API (issue 6:
 * "renders through the API in p99 < 100 ms"). Uses its own database (tw_bench_rfq: the scale
 * seed at a small size for companies and users, `--reuse` keeps it), then writes one closed
 * RFQ of the scale seed's bench buyer with `--items` items and `--quotes` quotes of different
 * sellers — every quote a current version with a line per item at its own price, freight,
 * tax rate and payment term (all five terms occur), some quotes partial (a few items left
 * out, some quantities short) — and older versions behind it, so the query has to pick the
 * current ones. Checks the answer (every item, every quote, one cheapest per item at least,
 * the best split covering what is offered), then measures `GET /api/rfqs/{id}/comparison`
 * (without and with weights) with one client and with `--concurrency` clients. Writes
 * docs/performance.md between the rfq-comparison-bench markers.
 *
 * Usage: npm run bench:rfq-comparison [-- --duration 15 --concurrency 4 --items 50 --quotes 20 --reuse]
 */
import { randomUUID } from 'node:crypto';
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
  writeSection,
  type LoadResult,
} from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '4' },
    port: { type: 'string', default: '3215' },
    reuse: { type: 'boolean', default: false },
    database: { type: 'string', default: 'tw_bench_rfq' },
    items: { type: 'string', default: '50' },
    quotes: { type: 'string', default: '20' },
  },
});
const duration = Number(values.duration);
const warmUp = Number(values['warm-up']);
const concurrency = Number(values.concurrency);
const ITEMS = Number(values.items);
const QUOTES = Number(values.quotes);
const TARGET_P99_MS = 100;
const BUYER_CODE = 'scale-buyer-0001';
const BUYER_EMAIL = 'purchaser@scale-buyer-0001.scale.test';
const PASSWORD = 'Tradeway-demo-2026';
const TERMS = ['prepayment', 'cash', 'net30', 'net60', 'net90'] as const;

console.log(`Preparing ${values.database}…`);
const db = await scaleDatabase(values.database, {
  reuse: values.reuse,
  seedArgs: ['--skus', '500', '--buyers', '20', '--lists', '20', '--sellers', '6'],
});
const client = new pg.Client({ connectionString: db.url });
await client.connect();

/** A deterministic pseudo-random sequence, so that every run compares the same quotes. */
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const buyer = (await client.query(`SELECT id FROM companies WHERE code = $1`, [BUYER_CODE])).rows[0] as {
  id: string;
};
const creator = (await client.query(`SELECT u.id FROM users u WHERE u.email = $1`, [BUYER_EMAIL]))
  .rows[0] as { id: string };
// The scale seed makes few sellers at this size: the bench adds its own up to --quotes.
await client.query(
  `INSERT INTO companies (id, code, name, region, kinds)
   SELECT gen_random_uuid(), 'bench-rfq-seller-' || lpad(n::text, 3, '0'), '比价卖方 ' || n, '广西', '{seller}'
   FROM generate_series(1, $1::int) AS n
   ON CONFLICT (code) DO NOTHING`,
  [QUOTES],
);
const sellers = (
  await client.query(`SELECT id FROM companies WHERE code LIKE 'bench-rfq-seller-%' ORDER BY code LIMIT $1`, [
    QUOTES,
  ])
).rows as Array<{ id: string }>;
if (sellers.length < QUOTES) throw new Error(`only ${sellers.length} sellers in ${values.database}`);

const rfqId = randomUUID();
await client.query('BEGIN');
// (earlier runs' RFQs stay: quote versions are immutable, and they do not slow this one's reads)
await client.query(
  `INSERT INTO rfqs (id, number, "buyerId", title, "deliveryDate", "deliveryRegion", "acceptedPaymentTerms",
     deadline, status, "createdById", "publishedAt", "closedAt", "updatedAt", sealed)
   VALUES ($1, $2, $3, 'bench comparison', now() + interval '30 days', 'CN-GD', $4, now() - interval '1 hour',
     'closed', $5, now() - interval '3 days', now() - interval '1 hour', now(), true)`,
  [rfqId, `RFQ-BENCH-${Date.now()}`, buyer.id, TERMS, creator.id],
);
for (let i = 1; i <= ITEMS; i++) {
  await client.query(
    `INSERT INTO rfq_items (id, "rfqId", "itemNo", description, quantity, unit) VALUES ($1, $2, $3, $4, $5, 't')`,
    [randomUUID(), rfqId, i, `物料 ${i}`, String(50 + i * 10)],
  );
}
for (const [n, seller] of sellers.entries()) {
  const quoteId = randomUUID();
  const term = TERMS[n % TERMS.length] as string;
  const partial = n % 4 === 3; // every fourth quote leaves items out and offers less of some
  const lines = Array.from({ length: ITEMS }, (_, k) => k + 1)
    .filter((itemNo) => !partial || itemNo % 7 !== 0)
    .map((itemNo) => ({
      itemNo,
      quantity: String(partial && itemNo % 5 === 0 ? 25 + itemNo * 5 : 50 + itemNo * 10),
      unitPrice: (5_000 + Math.floor(rand() * 2_000) + rand()).toFixed(4),
      freightPerUnit: (rand() < 0.4 ? 0 : 20 + rand() * 80).toFixed(4),
      taxRateBps: rand() < 0.8 ? 1300 : 900,
      note: '',
    }));
  const versions = 1 + (n % 3); // older versions behind the current one
  await client.query(
    `INSERT INTO rfq_quotes (id, "rfqId", "sellerId", status, "currentVersion", "updatedAt") VALUES ($1, $2, $3, 'active', $4, now())`,
    [quoteId, rfqId, seller.id, versions],
  );
  for (let v = 1; v <= versions; v++) {
    await client.query(
      `INSERT INTO rfq_quote_versions (id, "quoteId", version, "paymentTerm", "deliveryDate", "validUntil", lines, "createdById")
       VALUES ($1, $2, $3, $4, now() + interval '25 days', now() + interval '20 days', $5, $6)`,
      [randomUUID(), quoteId, v, term, JSON.stringify(lines), creator.id],
    );
  }
  await client.query(
    `INSERT INTO rfq_invitations ("rfqId", "sellerId", invited, "firstQuotedAt") VALUES ($1, $2, true, now())`,
    [rfqId, seller.id],
  );
}
await client.query('COMMIT');
const facts = await machineFacts(db.url);
await client.end();

const { base, proc } = await startApi(Number(values.port), { databaseUrl: db.url });
try {
  const cookie = await signIn(base, BUYER_EMAIL, PASSWORD);
  const headers = { cookie };
  const plain = `/api/rfqs/${rfqId}/comparison`;
  const weighted = `${plain}?priceWeight=60&deliveryWeight=25&supplierWeight=15`;

  // The answer is the comparison asked for, not an error page.
  const check = (await (await fetch(`${base}${weighted}`, { headers })).json()) as {
    items: Array<{ offers: Array<{ cheapest: boolean }> }>;
    quotes: Array<{ score: string | null }>;
    bestSplit: { allocations: unknown[] };
  };
  if (check.items.length !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${check.items.length}`);
  if (check.quotes.length !== QUOTES)
    throw new Error(`expected ${QUOTES} quotes, got ${check.quotes.length}`);
  if (!check.items.every((i) => i.offers.some((o) => o.cheapest)))
    throw new Error('an item without a cheapest offer');
  if (!check.quotes.every((q) => q.score !== null)) throw new Error('a quote without a score');
  if (check.bestSplit.allocations.length < ITEMS) throw new Error('the best split leaves items out');

  const load = (c: number) =>
    closedLoop(
      base,
      (i) => ({
        method: 'GET',
        path: i % 2 === 0 ? plain : weighted,
        kind: i % 2 === 0 ? 'plain' : 'weighted',
      }),
      {
        concurrency: c,
        durationS: duration,
        warmUpS: warmUp,
        headers,
        expectStatus: 200,
        apiPid: proc.pid,
        database: values.database,
      },
    );
  console.log(`Measuring 1 client for ${duration} s…`);
  const one: LoadResult = await load(1);
  console.log(`Measuring ${concurrency} clients for ${duration} s…`);
  const many: LoadResult = await load(concurrency);
  for (const r of [one, many]) if (r.errors) throw new Error(`errors: ${r.firstError}`);

  const p99 = percentile(one.latencies, 99);
  const verdict = p99 < TARGET_P99_MS ? 'met' : 'NOT met';
  const body = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:rfq-comparison\` on ${facts}.`,
    '',
    `One closed RFQ of ${ITEMS} items with ${QUOTES} quotes (every fourth partial; 1–3 versions each, the current one compared), ` +
      '`GET /api/rfqs/{id}/comparison`: landed cost of every offer, cheapest per item and overall, the best split and, half of the ' +
      'requests, the weighted score.',
    '',
    latencyRows([
      { label: '1 client', result: one },
      { label: '1 client, plain', result: one, latencies: one.byKind.get('plain') ?? [] },
      { label: '1 client, weighted', result: one, latencies: one.byKind.get('weighted') ?? [] },
      { label: `${concurrency} clients`, result: many },
    ]),
    '',
    `Target p99 < ${TARGET_P99_MS} ms for one client: **${verdict}** (p99 ${p99.toFixed(1)} ms).`,
  ].join('\n');
  writeSection('rfq-comparison-bench', 'RFQ comparison (50 lines × 20 quotes)', body);
  console.log(body);
} finally {
  proc.kill('SIGTERM');
}
