/**
 * Benchmark: catalog search with each viewer's own prices (`GET /api/catalog/products`) on a
 * marketplace at scale. Creates its own database (tw_bench_search: dropped, migrated and
 * seeded by `npm run db:seed:scale`, 100 000 SKUs in 25 000 products, 2 000 buyers, 500 price
 * lists by default), starts the built API on it and signs in as the scale seed's bench buyer;
 * then searches by keyword (Chinese, English, a product family code), category (a top
 * category with its subtree, a leaf), specification attribute, `priced=true` and
 * combinations, first pages and later pages: one client at a time, then `--concurrency`
 * clients, each for `--duration` seconds after a warm-up, timed per request by the client.
 * Target: p99 < 50 ms. Writes docs/performance.md between the search-bench markers.
 *
 * Usage: npm run bench:search [-- --duration 20 --concurrency 8 --reuse --skus 100000 --buyers 2000 --lists 500]
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
} from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    'warm-up': { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3213' },
    reuse: { type: 'boolean', default: false },
    database: { type: 'string', default: 'tw_bench_search' },
    skus: { type: 'string', default: '100000' },
    buyers: { type: 'string', default: '2000' },
    lists: { type: 'string', default: '500' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const warmUp = Number(values['warm-up']);
const concurrency = Number(values.concurrency);
const database = values.database;
const TARGET_P99_MS = 50;

/** The scale seed's bench buyer (tools/seed/src/scale-data.ts SCALE_BENCH_BUYER) and password. */
const BUYER_EMAIL = 'purchaser@scale-buyer-0001.scale.test';
const PASSWORD = 'Tradeway-demo-2026';

const seedArgs = ['--skus', values.skus, '--buyers', values.buyers, '--lists', values.lists];
console.log(`Preparing ${database} (${seedArgs.join(' ')})…`);
const t0 = performance.now();
const db = await scaleDatabase(database, { reuse: values.reuse, seedArgs });
if (db.seedLog) process.stdout.write(db.seedLog);
console.log(
  `Database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s${db.reused ? ' (reused)' : ''}.`,
);

// ---- the filters: categories and a product family from the data --------------------------------
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const categories = (
  await client.query<{ id: string; code: string; leaf: boolean }>(
    `SELECT id, code, NOT EXISTS (SELECT 1 FROM categories c WHERE c."parentId" = k.id) AS leaf
     FROM categories k WHERE code LIKE 'scale-%' ORDER BY code`,
  )
).rows;
const family = (
  await client.query<{ code: string }>(
    `SELECT substring(p."nameEn" from '[A-Z-]+-[0-9]+$') AS code FROM products p ORDER BY p.code LIMIT 1 OFFSET 4321`,
  )
).rows[0]?.code;
const sizes = await tableSizes(db.url, [
  'companies',
  'categories',
  'products',
  'skus',
  'price_lists',
  'price_list_items',
  'customer_grade_assignments',
]);
await client.end();
const tops = categories.filter((c) => !c.leaf);
const leaves = categories.filter((c) => c.leaf);
if (tops.length === 0 || leaves.length === 0 || !family) {
  throw new Error(`${database} holds no scale catalog: run without --reuse`);
}

const KEYWORDS = ['白砂糖', 'sugar', 'Rebar', '铜', '广东', 'polyethylene', '不存在的商品'];
/** Keyword, its top category (scale-data.ts vocabulary) and a specification, for the combined searches. */
const COMBINED = [
  { q: '白砂糖', top: 'scale-food', attributes: { origin: '广西' } },
  { q: 'Rebar', top: 'scale-steel', attributes: { grade: '一级' } },
  { q: '铜', top: 'scale-metal', attributes: { origin: '山东' } },
  { q: 'poly', top: 'scale-plastic', attributes: { grade: '特级' } },
] as const;
/** Each scale product has all four grades (a grade alone matches every product) and one origin. */
const ATTRIBUTES: ReadonlyArray<Record<string, string>> = [
  { grade: '一级' },
  { origin: '山东' },
  { grade: '特级', origin: '广西' },
  { origin: '浙江' },
];

const query = (params: Record<string, string | Record<string, string> | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (typeof v === 'string') q.set(k, v);
    else for (const [ak, av] of Object.entries(v)) q.set(`${k}[${ak}]`, av);
  }
  return `/api/catalog/products?${q.toString()}`;
};

/** Deterministic variety over five kinds of search. */
function searchRequest(i: number): BenchRequest {
  const pick = <T>(list: readonly T[], salt: number) => list[(i * 7 + salt) % list.length] as T;
  const page = i % 5 === 4 ? '3' : undefined;
  const kinds: Array<() => BenchRequest> = [
    () => ({
      kind: 'keyword',
      method: 'GET',
      path: query({ q: i % 4 === 3 ? family : pick(KEYWORDS, 1), page }),
    }),
    () => ({
      kind: 'category',
      method: 'GET',
      path: query({ categoryId: (i % 2 ? pick(tops, 2) : pick(leaves, 3)).id, page }),
    }),
    () => ({
      kind: 'attributes',
      method: 'GET',
      path: query({
        attributes: pick(ATTRIBUTES, 4),
        categoryId: i % 2 ? pick(leaves, 5).id : undefined,
        page,
      }),
    }),
    () => ({
      kind: 'priced',
      method: 'GET',
      path: query({
        priced: 'true',
        q: i % 3 === 0 ? pick(KEYWORDS, 6) : undefined,
        categoryId: i % 3 === 1 ? pick(tops, 7).id : undefined,
        page,
      }),
    }),
    () => {
      const c = pick(COMBINED, 8);
      return {
        kind: 'combined',
        method: 'GET',
        path: query({
          q: c.q,
          categoryId: tops.find((t) => t.code === c.top)?.id,
          attributes: c.attributes,
          priced: 'true',
        }),
      };
    },
  ];
  return (kinds[i % kinds.length] as () => BenchRequest)();
}

// ---- run -------------------------------------------------------------------------------------------
const facts = await machineFacts(db.url);
const { base, proc } = await startApi(Number(values.port), { databaseUrl: db.url });
let sequential;
let loaded;
const probes: string[] = [];
try {
  const cookie = await signIn(base, BUYER_EMAIL, PASSWORD);
  // the filters filter: each narrows the catalog, and priced results carry the buyer's prices
  const total = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as {
      total: number;
      totalIsLowerBound: boolean;
      items: Array<{ priceFrom: { listKind: string } | null }>;
    };
  };
  const all = await total(query({}));
  for (const [label, path] of [
    ['keyword 白砂糖', query({ q: '白砂糖' })],
    ['top category', query({ categoryId: (tops[0] as { id: string }).id })],
    ['attributes[origin]=山东', query({ attributes: { origin: '山东' } })],
    ['priced=true', query({ priced: 'true' })],
    [
      'combined 白砂糖 + food + origin 广西 + priced',
      query({
        q: '白砂糖',
        categoryId: tops.find((t) => t.code === 'scale-food')?.id,
        attributes: { origin: '广西' },
        priced: 'true',
      }),
    ],
  ] as const) {
    const r = await total(path);
    // Totals are exact up to 1 000 (then "1 000+"): a filter is checked when it is counted exactly.
    if (label !== 'priced=true' && !r.totalIsLowerBound && r.total >= all.total)
      throw new Error(`${label} does not filter (${r.total})`);
    probes.push(`${label}: ${r.total}${r.totalIsLowerBound ? '+' : ''}`);
  }
  const priced = await total(query({ priced: 'true' }));
  if (!priced.items.every((p) => p.priceFrom !== null))
    throw new Error('priced=true answered unpriced products');
  probes.unshift(`no filter: ${all.total}${all.totalIsLowerBound ? '+' : ''}`);

  const options = { headers: { cookie }, expectStatus: 200, warmUpS: warmUp, apiPid: proc.pid, database };
  console.log(`Searching: 1 client for ${duration} s, then ${concurrency} clients for ${duration} s…`);
  sequential = await closedLoop(base, searchRequest, { ...options, concurrency: 1, durationS: duration });
  loaded = await closedLoop(base, (i) => searchRequest(i + 1_000_003), {
    ...options,
    concurrency,
    durationS: duration,
  });
} finally {
  proc.kill('SIGTERM');
}

const kinds = ['keyword', 'category', 'attributes', 'priced', 'combined'];
const table = latencyRows([
  { label: '**1 client**', result: sequential },
  ...kinds.map((k) => ({
    label: `1 client: ${k}`,
    result: sequential,
    latencies: sequential.byKind.get(k) ?? [],
  })),
  { label: `**${concurrency} clients**`, result: loaded },
  ...kinds.map((k) => ({
    label: `${concurrency} clients: ${k}`,
    result: loaded,
    latencies: loaded.byKind.get(k) ?? [],
  })),
]);
const verdict = (label: string, l: number[]) => {
  const p99 = percentile(l, 99);
  return `p99 ${label} ${p99.toFixed(2)} ms: **${p99 < TARGET_P99_MS ? 'meets' : 'misses'}** the ${TARGET_P99_MS} ms target${
    p99 < TARGET_P99_MS ? '' : ' (see the analysis below)'
  }.`;
};
const errors = [sequential.firstError, loaded.firstError].filter(Boolean);
const body = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:search\`
(${facts}; API built for production, one process, logs at warn).
Database \`${database}\` seeded by \`npm run db:seed:scale -- ${seedArgs.join(' ')}\`: ${Object.entries(sizes)
  .map(([t, n]) => `${n} ${t}`)
  .join(', ')}.
Signed in as the scale seed's bench buyer (STRATEGIC at every seller, one contract). Requests in turn: keyword
(Chinese, English, a product family code, one without match), category (a top category's subtree or a leaf),
specification attributes (\`attributes[grade]=一级\`, which every product has, or an origin, with and
without a category), \`priced=true\` (alone, with a keyword or a category) and all of them combined;
every fifth request asks for page 3; 20 products a page.
Matches (total) of some probes: ${probes.join('; ')}.
Closed loop: ${warmUp} s warm-up, then ${duration} s measured per run, timed by the client.

${table}

${verdict('at 1 client', sequential.latencies)} ${verdict(`at ${concurrency} clients`, loaded.latencies)}${
  errors.length > 0 ? `\n\nFirst error: \`${errors[0]}\`` : ''
}`;
if (!values['dry-run'])
  writeSection('search-bench', 'Catalog search with prices at scale (issue 4: p99 < 50 ms)', body);
console.log(body);
process.exit(0);
