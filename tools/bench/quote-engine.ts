/**
 * Benchmark: single-line quotes per second of the pure quote engine (libs/server/pricing/domain)
 * on one core. Usage: npm run bench:quote-engine [-- --quotes 500000 --batch 1000 --rounds 3 --dry-run]
 * Builds a realistic context (another buyer's contract, the buyer's grade list with a 4-break
 * ladder, the public list with terms, two pickups and three delivery zones), warms up, then
 * times batches of quotes with varying quantities, payment terms and delivery; per-quote
 * percentiles are batch time ÷ batch size. Writes docs/performance.md between the
 * quote-engine-bench markers (not with --dry-run). Target: ≥ 100 000 quotes/s.
 *
 * The library is loaded at run time through tsx's API with the base tsconfig (for the
 * `@tradeway/*` paths), and only its types are imported, hidden from the project graph: every
 * library's vitest.config.ts imports tools/vitest, so an edge tools → server-pricing-domain would
 * close a cycle (… → tools → server-pricing-domain → shared-kernel → tools) and fail the lint of
 * the libraries on it. A bench that imports libraries belongs in its own project (like
 * tools/seed) once there are several.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { percentile, root, writeSection } from './lib/harness';
/* eslint-disable @nx/enforce-module-boundaries -- types only; the cycle is explained above */
// nx-ignore-next-line
import type * as Pricing from '@tradeway/server/pricing/domain';
/* eslint-enable @nx/enforce-module-boundaries */

const { computeQuote } = (await tsImport(path.join(root, 'libs/server/pricing/domain/src/index.ts'), {
  parentURL: import.meta.url,
  tsconfig: path.join(root, 'tsconfig.base.json'),
})) as typeof Pricing;

const { values } = parseArgs({
  options: {
    quotes: { type: 'string', default: '500000' },
    batch: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const total = Number(values.quotes);
const batch = Number(values.batch);
const rounds = Math.max(1, Number(values.rounds));
const WARM_UP_BATCHES = 50;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SKU = 'sku-steel-q235';

const publicTerms: Pricing.PaymentTermsRule = {
  annualCostOfCapitalBps: 800,
  prepaymentDays: 30,
  overridesBps: { net90: 250 },
};
const publicDelivery: Pricing.DeliveryRule = {
  pickups: [
    { warehouseId: 'wh-shanghai', handlingPerUnit: '0.8' },
    { warehouseId: 'wh-wuxi', handlingPerUnit: '0.65' },
  ],
  zones: [
    {
      code: 'EAST',
      nameZh: '华东',
      nameEn: 'East China',
      regions: ['310000', '320000', '330000', '340000'],
      freightPerUnit: '1.2',
      perShipmentFeeMinor: 15_000n,
    },
    {
      code: 'NORTH',
      nameZh: '华北',
      nameEn: 'North China',
      regions: ['110000', '120000', '130000', '140000', '150000'],
      freightPerUnit: '2.1',
      perShipmentFeeMinor: 25_000n,
    },
    {
      code: 'WEST',
      nameZh: '西部',
      nameEn: 'West China',
      regions: ['510000', '530000', '620000', '630000', '640000', '650000'],
      freightPerUnit: '4.75',
      perShipmentFeeMinor: 60_000n,
    },
  ],
};

function list(over: Partial<Pricing.CandidateList>): Pricing.CandidateList {
  return {
    id: 'list',
    name: 'List',
    kind: 'list',
    currency: 'CNY',
    validFrom: day('2026-01-01'),
    validTo: null,
    published: true,
    buyerId: null,
    gradeId: null,
    item: null,
    terms: null,
    delivery: null,
    quoteValidityDays: 14,
    ...over,
  };
}

function context(ladderMode: Pricing.LadderMode): Pricing.PricingContext {
  return {
    sellerId: 'seller-1',
    buyerId: 'buyer-1',
    buyerGradeId: 'grade-key',
    sku: { id: SKU, taxRateBps: 1300, minOrderQuantity: '1', orderIncrement: '0.5' },
    rebateAvailableMinor: 50_000n,
    candidates: [
      list({
        id: 'contract-buyer-2',
        name: 'Contract with another buyer',
        kind: 'contract',
        buyerId: 'buyer-2',
        item: { skuId: SKU, unitPrice: '38.5', floorPrice: null, ladderMode: 'all_units', ladder: [] },
      }),
      list({
        id: 'grade-key-2026',
        name: 'Key accounts 2026',
        kind: 'grade',
        gradeId: 'grade-key',
        validTo: day('2027-01-01'),
        item: {
          skuId: SKU,
          unitPrice: '41.25',
          floorPrice: '36',
          ladderMode,
          ladder: [
            { minQuantity: '100', kind: 'absolute', value: '40.8' },
            { minQuantity: '500', kind: 'percent', value: '3.5' },
            { minQuantity: '2000', kind: 'absolute', value: '38.9' },
            { minQuantity: '10000', kind: 'percent', value: '8' },
          ],
        },
      }),
      list({
        id: 'public-2026',
        name: 'Public list 2026',
        terms: publicTerms,
        delivery: publicDelivery,
        item: { skuId: SKU, unitPrice: '44', floorPrice: '38', ladderMode: 'all_units', ladder: [] },
      }),
    ],
  };
}

const TERMS: Pricing.PaymentTerm[] = ['cash', 'prepayment', 'net30', 'net60', 'net90'];
const DELIVERIES: Pricing.DeliveryRequest[] = [
  { mode: 'pickup', warehouseId: 'wh-shanghai' },
  { mode: 'delivery', region: '320000' },
  { mode: 'delivery', region: '650000' },
];
const date = day('2026-06-15');

/** 4096 distinct requests: quantities 1 … 24 000 (every break reached), all terms, pickup and delivery. */
function requests(special: boolean): Pricing.QuoteRequest[] {
  return Array.from({ length: 4096 }, (_, i) => {
    const units = 1 + ((i * 7919) % 24_000);
    return {
      quantity: `${units}${i % 2 === 0 ? '' : '.5'}`,
      paymentTerm: TERMS[i % TERMS.length] as Pricing.PaymentTerm,
      delivery: DELIVERIES[i % DELIVERIES.length] as Pricing.DeliveryRequest,
      date,
      ...(special ? { specialUnitPrice: `37.${String(i % 10_000).padStart(4, '0')}` } : {}),
    };
  });
}

interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

interface Row {
  scenario: string;
  best: Round;
  median: Round;
}

let checksum = 0n;

function measure(scenario: string, ctx: Pricing.PricingContext, reqs: Pricing.QuoteRequest[]): Row {
  const run = (from: number): void => {
    for (let i = 0; i < batch; i++) {
      const r = computeQuote(ctx, reqs[(from + i) & 4095] as Pricing.QuoteRequest);
      if (!r.ok) throw new Error(`quote failed: ${r.error.code}`);
      checksum += r.value.totalMinor;
    }
  };
  for (let b = 0; b < WARM_UP_BATCHES; b++) run(b * batch);
  const results: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    const batchNs: number[] = [];
    const started = process.hrtime.bigint();
    for (let done = 0; done < total; done += batch) {
      const t0 = process.hrtime.bigint();
      run(done);
      batchNs.push(Number(process.hrtime.bigint() - t0));
    }
    const elapsedNs = Number(process.hrtime.bigint() - started);
    const perQuoteUs = batchNs.map((ns) => ns / batch / 1000).sort((a, b) => a - b);
    results.push({
      perSecond: Math.round((batchNs.length * batch * 1e9) / elapsedNs),
      p50: percentile(perQuoteUs, 50),
      p99: percentile(perQuoteUs, 99),
    });
  }
  results.sort((a, b) => b.perSecond - a.perSecond);
  return { scenario, best: results[0] as Round, median: results[Math.floor(results.length / 2)] as Round };
}

const load = os.loadavg()[0]?.toFixed(2);
const rows = [
  measure('all-units ladder (the target case)', context('all_units'), requests(false)),
  measure('graduated ladder + special price', context('graduated'), requests(true)),
];
if (checksum === 0n) throw new Error('no quote was priced');

const cpus = os.cpus();
const table = [
  `| scenario | quotes/s, best of ${rounds} | p50 µs | p99 µs | quotes/s, median round | p50 µs | p99 µs |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.best.perSecond} | ${r.best.p50.toFixed(2)} | ${r.best.p99.toFixed(2)} | ` +
      `${r.median.perSecond} | ${r.median.p50.toFixed(2)} | ${r.median.p99.toFixed(2)} |`,
  ),
].join('\n');
const body = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:quote-engine\`
(Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores of which one is used,
load average before the run ${load}). One process calls \`computeQuote\` in a loop: 3 candidate lists
(another buyer's contract, the buyer's grade list with a 4-break ladder, the public list holding the
terms, 2 pickups and 3 zones); per scenario ${WARM_UP_BATCHES * batch} warm-up quotes, then ${rounds} rounds of ${total}
single-line quotes, quantities 1 to 24 000 (every break reached), all five payment terms, pickup and
delivery. Per-quote p50/p99 are batch times ÷ ${batch}. The machine is shared, so the best round shows
what the engine can do and the median what it did beside the other work. Target: ≥ 100 000 quotes/s.

${table}`;
if (!values['dry-run']) writeSection('quote-engine-bench', 'Quote engine (pure, one core)', body);
console.log(body);
