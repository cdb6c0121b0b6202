/**
 * Benchmark: requests/s and latency percentiles of `GET /health` (PostgreSQL + Redis
 * round trips) and of a database-backed list (`GET /api/catalog/products`), against the
 * built API on this machine. Usage: npm run bench:health [-- --duration 10 --connections 20]
 * Needs a seeded database at DATABASE_URL (npm start does that) and `nx build api`.
 * Writes the figures into docs/performance.md between the health-bench markers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '../..');
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
const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

if (!existsSync(path.join(root, 'dist/apps/api/main.js'))) {
  spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
}

const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    API_PORT: String(port),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    if (i > 100) throw new Error('API did not start');
  }
  await new Promise((r) => setTimeout(r, 200));
}

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
const section = `<!-- health-bench:start -->
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:health\`
(autocannon, ${connections} connections, ${duration} s per endpoint after a 2 s warm-up; API built
for production, one process, logs at warn; ${os.cpus().length} cores, load average before the run ${load};
catalog of ${probe.total ?? 0} products, first page of 20).

${table}
<!-- health-bench:end -->`;
const file = path.join(root, 'docs/performance.md');
const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
const updated = doc.includes('<!-- health-bench:start -->')
  ? doc.replace(/<!-- health-bench:start -->[\s\S]*<!-- health-bench:end -->/, section)
  : `${doc.trimEnd()}\n\n## API health and a database-backed read\n\n${section}\n`;
writeFileSync(file, updated);
console.log(table);
process.exit(0);
