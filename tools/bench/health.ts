/**
 * Benchmark: requests/s and latency percentiles of `GET /health` (PostgreSQL + Redis
 * round trips) and of a database-backed list (`GET /api/catalog/products`), against the
 * built API on this machine. Usage: npm run bench:health [-- --duration 10 --connections 20]
 * Needs a seeded database at DATABASE_URL (npm start does that) and `nx build api`.
 * Writes the figures into docs/performance.md between the health-bench markers.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startApi, writeSection } from './lib/harness';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    port: { type: 'string', default: '3210' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
const { base, proc: api } = await startApi(port);

interface Row {
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function bench(endpoint: string): Promise<Row> {
  await autocannon({ url: `${base}${endpoint}`, connections, duration: 2 }); // warm-up
  const r = await autocannon({ url: `${base}${endpoint}`, connections, duration });
  return {
    endpoint,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const probe = await (await fetch(`${base}/api/catalog/products?pageSize=20`)).json();
if (!probe.total)
  console.warn('Warning: the catalog is empty; seed the database (npm start or npm run db:seed).');

const load = os.loadavg()[0]?.toFixed(2);
const rows = [await bench('/health'), await bench('/api/catalog/products?pageSize=20')];
api.kill('SIGTERM');

const table = [
  '| endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) => `| \`GET ${r.endpoint}\` | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
  ),
].join('\n');
writeSection(
  'health-bench',
  'API health and a database-backed read',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:health\`
(autocannon, ${connections} connections, ${duration} s per endpoint after a 2 s warm-up; API built
for production, one process, logs at warn; ${os.cpus().length} cores, load average before the run ${load};
catalog of ${probe.total ?? 0} products, first page of 20).

${table}`,
);
console.log(table);
process.exit(0);
