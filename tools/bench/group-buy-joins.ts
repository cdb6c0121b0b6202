/**
 * Benchmark: group-buy joins over HTTP and the settlement (issue 8). Uses its own database
 * (tw_bench_groupbuy: the scale seed with 200 buyers, `--reuse` keeps it) and the built API and
 * worker, and measures:
 *
 * 1. one hot campaign, 200 buyers (each a buyer company of its own, signed in) raising their
 *    commitment by 1 t at a time — `PUT /api/group-buys/{id}/commitment`: (a) as fast as answers
 *    come (closed loop: the capacity), (b) at a steady 1 100 changes/s in all (the latency a buyer
 *    sees at that load); target ≥ 1 000 joins/s with p99 < 50 ms;
 * 2. the settlement of a campaign of 10 000 participants by the worker: from the deadline job to
 *    `succeeded`, with 10 000 orders.
 *
 * Writes docs/performance.md between the group-buy-bench markers.
 * Usage: npm run bench:group-buy [-- --duration 15 --buyers 200 --participants 10000 --reuse --joins-only]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
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
  redisUrl,
  root,
  scaleDatabase,
  signIn,
  startApi,
  writeSection,
} from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '3' },
    buyers: { type: 'string', default: '200' },
    participants: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '1100' },
    'paced-runs': { type: 'string', default: '3' },
    port: { type: 'string', default: '3217' },
    reuse: { type: 'boolean', default: false },
    // measure the joins only (no settlement, docs/performance.md left as it is): for trying a change
    'joins-only': { type: 'boolean', default: false },
    database: { type: 'string', default: 'tw_bench_groupbuy' },
  },
});
const duration = Number(values.duration);
const warmUp = Number(values['warm-up']);
const BUYERS = Number(values.buyers);
const PARTICIPANTS = Number(values.participants);
const RATE = Number(values.rate);
const PACED_RUNS = Number(values['paced-runs']);
const PASSWORD = 'Tradeway-demo-2026';
const SELLER_EMAIL = 'manager@scale-seller-0001.scale.test';
const TARGET_JOINS_PER_S = 1_000;
const TARGET_P99_MS = 50;

console.log(`Preparing ${values.database}…`);
const db = await scaleDatabase(values.database, {
  reuse: values.reuse,
  seedArgs: ['--skus', '500', '--buyers', String(BUYERS), '--lists', '10', '--sellers', '2'],
});
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const buyers = (
  await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM companies WHERE code LIKE 'scale-buyer-%' ORDER BY code LIMIT $1`,
    [BUYERS],
  )
).rows;
if (buyers.length < BUYERS) throw new Error(`only ${buyers.length} scale buyers; re-seed without --reuse`);
// the campaign is for 广西: every bench buyer is there
await client.query(`UPDATE companies SET "regionCode" = 'CN-GX' WHERE code LIKE 'scale-buyer-%'`);
const [sku] = (
  await client.query<{ id: string }>(
    `SELECT s.id FROM skus s JOIN companies c ON c.id = s."sellerId" WHERE c.code = 'scale-seller-0001' LIMIT 1`,
  )
).rows;
if (!sku) throw new Error('no SKU of scale-seller-0001');

const api = await startApi(Number(values.port), { databaseUrl: db.url });
try {
  const facts = await machineFacts(db.url);
  const seller = await signIn(api.base, SELLER_EMAIL, PASSWORD);
  const cookies: string[] = [];
  for (const b of buyers) cookies.push(await signIn(api.base, `purchaser@${b.code}.scale.test`, PASSWORD));
  console.log(`signed in ${cookies.length} buyers`);

  const post = async (url: string, body: unknown) => {
    const res = await fetch(`${api.base}${url}`, {
      method: 'POST',
      headers: { cookie: seller, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${url} → ${res.status}: ${text}`);
    return JSON.parse(text) as { id: string };
  };
  const campaign = await post('/api/group-buys', {
    skuId: sku.id,
    title: `压测团购 ${new Date().toISOString()}`,
    regions: ['CN-GX'],
    ladder: [
      { minQuantity: '0', unitPrice: '5000' },
      { minQuantity: '100000', unitPrice: '4900' },
      { minQuantity: '1000000', unitPrice: '4800' },
    ],
    minTotal: '1000',
    lockAt: new Date(Date.now() + 86_400_000).toISOString(),
    deadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    deliveryMonths: ['2027-06'],
    depositBps: 1000,
    paymentTerm: 'cash',
  });
  await post(`/api/group-buys/${campaign.id}/publish`, {});

  // each buyer raises its own commitment by 1 t per request: every change is accepted
  const next = buyers.map(() => 0);
  const change = (buyer: number) => {
    next[buyer] = (next[buyer] ?? 0) + 1;
    return {
      method: 'PUT' as const,
      path: `/api/group-buys/${campaign.id}/commitment`,
      body: JSON.stringify({ quantity: String(next[buyer]), deliveryMonth: '2027-06' }),
      headers: { cookie: cookies[buyer] ?? '' },
      kind: 'join',
    };
  };
  const closed = await closedLoop(api.base, (_i, c) => change(c), {
    concurrency: BUYERS,
    durationS: duration,
    warmUpS: warmUp,
    headers: {},
    expectStatus: 200,
    apiPid: api.proc.pid,
    database: values.database,
  });
  console.log(
    `closed loop: ${closed.rps.toFixed(0)} joins/s, p99 ${percentile(closed.latencies, 99).toFixed(1)} ms, ` +
      `API CPU ${closed.apiCpuMsPerRequest.toFixed(3)} ms/join`,
  );
  const { all: pacedAll, median: paced } = await pacedRuns(PACED_RUNS, async (run) => {
    const result = await pacedLoad(api.base, change, {
      clients: BUYERS,
      ratePerS: RATE,
      durationS: duration,
      expectStatus: 200,
    });
    console.log(
      `at ${RATE}/s, run ${run + 1}: ${result.sentPerS.toFixed(0)} joins/s, p50 ${percentile(result.latencies, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(result.latencies, 95).toFixed(1)} ms, p99 ${percentile(result.latencies, 99).toFixed(1)} ms, ` +
        `max ${(result.latencies.at(-1) ?? NaN).toFixed(1)} ms, errors ${result.errors}`,
    );
    return result;
  });
  const p99 = percentile(paced.latencies, 99);
  if (paced.firstError) console.log(`first error: ${paced.firstError}`);
  // the pool is exact: the total is the sum of the commitments
  const [pool] = (
    await client.query<{ total: string; sum: string; participants: number }>(
      `SELECT c.total::text AS total, c.participants, (SELECT sum(quantity) FROM group_buy_commitments WHERE "campaignId" = c.id)::text AS sum
       FROM group_buy_campaigns c WHERE c.id = $1`,
      [campaign.id],
    )
  ).rows;
  if (!pool || Number(pool.total) !== Number(pool.sum))
    throw new Error(`pool total ${pool?.total} ≠ Σ ${pool?.sum}`);

  if (values['joins-only']) {
    console.log('joins only: docs/performance.md left as it is');
    api.proc.kill();
    await client.end();
    process.exit(0);
  }

  // ---- 2. the settlement of PARTICIPANTS participants by the worker ----------------------------
  const settledId = await (async () => {
    const id = (
      await client.query<{ id: string }>(
        `INSERT INTO group_buy_campaigns (id, number, "organiserId", "organiserKind", "sellerId", "skuId", status,
                title, unit, "taxRateBps", regions, ladder, "minTotal", "lockAt", deadline, "deliveryMonths",
                "depositBps", "paymentTerm", "createdById", "updatedAt")
         SELECT gen_random_uuid(), 'GB-BENCH-' || to_char(now(), 'HH24MISS'), c.id, 'seller', c.id, $1::uuid, 'open',
                '压测结算', 't', 1300, ARRAY['CN-GX'],
                '[{"minQuantity":"0.000","unitPrice":"5000.0000"},{"minQuantity":"10000.000","unitPrice":"4800.0000"}]'::jsonb,
                100, now() + interval '1 hour', now() + interval '2 hours', ARRAY['2027-06'], 1000, 'cash',
                m."userId", now()
         FROM companies c JOIN memberships m ON m."companyId" = c.id
         WHERE c.code = 'scale-seller-0001' LIMIT 1 RETURNING id`,
        [sku.id],
      )
    ).rows[0]?.id;
    if (!id) throw new Error('no settlement campaign');
    await client.query(
      `WITH b AS (
         INSERT INTO companies (id, code, name, kinds, region, "regionCode")
         SELECT gen_random_uuid(), 'gb-bench-' || $2 || '-' || g, '团购压测买方 ' || g, ARRAY['buyer']::"CompanyKind"[], '广西', 'CN-GX'
         FROM generate_series(1, $3::int) g RETURNING id)
       INSERT INTO group_buy_commitments ("campaignId", "buyerId", quantity, "deliveryMonth", "depositMinor", "joinedAt", "updatedAt")
       SELECT $1::uuid, b.id, 2, '2027-06', 100000, now(), now() FROM b`,
      [id, Date.now().toString(36), PARTICIPANTS],
    );
    await client.query(
      `UPDATE group_buy_campaigns SET total = $2, participants = $3, "lockAt" = now() - interval '2 seconds',
              deadline = now() - interval '1 second' WHERE id = $1`,
      [id, 2 * PARTICIPANTS, PARTICIPANTS],
    );
    return id;
  })();
  if (!existsSync(path.join(root, 'dist/apps/worker/main.js'))) {
    spawnSync('npx', ['nx', 'build', 'worker', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  }
  const started = performance.now();
  const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: `tw-bench-gb-${Date.now().toString(36)}`,
      GROUP_BUY_SWEEP_EVERY_MS: '1000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let settleMs = NaN;
  let settlingStartedMs = NaN;
  try {
    for (;;) {
      const [row] = (
        await client.query<{ status: string; orders: number }>(
          `SELECT status::text AS status, (SELECT count(*)::int FROM orders WHERE "sourceId" = $1) AS orders
           FROM group_buy_campaigns WHERE id = $1`,
          [settledId],
        )
      ).rows;
      if (row?.status === 'settling' && Number.isNaN(settlingStartedMs))
        settlingStartedMs = performance.now() - started;
      if (row?.status === 'succeeded') {
        settleMs = performance.now() - started;
        if (row.orders !== PARTICIPANTS)
          throw new Error(`${row.orders} orders for ${PARTICIPANTS} participants`);
        break;
      }
      if (performance.now() - started > 30 * 60_000) throw new Error('the settlement took over 30 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    worker.kill();
  }
  console.log(`settlement of ${PARTICIPANTS}: ${(settleMs / 1000).toFixed(1)} s from the worker's start`);

  const verdict = (met: boolean) => (met ? '**met**' : '**NOT met**');
  const joinsPerS = paced.sentPerS - paced.errors / paced.elapsedS;
  writeSection(
    'group-buy-bench',
    'Group-buy joins and the settlement',
    [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:group-buy\` on ${facts}.`,
      '',
      `1. One open campaign, ${BUYERS} buyers — each a buyer company of its own, signed in — each raising its commitment by 1 t per request, \`PUT /api/group-buys/{id}/commitment\` over HTTP keep-alive: (a) as fast as answers come (closed loop, ${duration} s after ${warmUp} s of warm-up: the capacity), (b) at a steady ${RATE} changes/s in all, sent on time whether or not earlier answers are in. Afterwards the pool's total equals the sum of the commitments (checked).`,
      '',
      latencyRows([{ label: `one campaign, ${BUYERS} buyers, closed loop`, result: closed }]),
      '',
      pacedTable(`one campaign, ${BUYERS} buyers, ${RATE}/s`, 'joins', pacedAll),
      '',
      `Target ≥ ${TARGET_JOINS_PER_S} joins/s on one campaign with p99 < ${TARGET_P99_MS} ms: ${verdict(
        joinsPerS >= TARGET_JOINS_PER_S && p99 < TARGET_P99_MS,
      )} (the median run of ${PACED_RUNS} by p99: ${joinsPerS.toFixed(0)}/s, p99 ${p99.toFixed(1)} ms).`,
      '',
      `2. Settlement: a campaign of ${PARTICIPANTS.toLocaleString('en')} participants past its deadline, settled by the worker (its sweep every second): ${(settleMs / 1000).toFixed(1)} s from the worker's start to \`succeeded\` with ${PARTICIPANTS.toLocaleString('en')} orders (settling began after ${(settlingStartedMs / 1000).toFixed(1)} s; batches of 50 commitments per transaction, each order with its lines, timeline event, audit entry and the seller's mail).`,
    ].join('\n'),
  );
  console.log('docs/performance.md updated');
} finally {
  api.proc.kill();
  await client.end();
}
