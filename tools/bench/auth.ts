/**
 * Benchmark: what sign-in, the access guard (session → membership → permissions) and a
 * company-scoped query add to a request. Compares, on the built API and the seeded demo
 * database, a public list (`GET /api/catalog/categories`: one grouped query) with a signed-in,
 * permission-checked, company-scoped list of the same shape (`GET /api/company/departments`),
 * sequentially (latency) and with 20 connections (throughput); and times sign-in itself
 * (argon2id verification, deliberately slow, once per session).
 * Usage: npm run bench:auth. Writes docs/performance.md between the auth-bench markers.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { percentile, startApi, writeSection } from './lib/harness';

const { base, proc } = await startApi(3211);
const email = 'buyer.owner@huaxin-food.demo';
const password = 'Tradeway-demo-2026';

async function signIn(): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok)
    throw new Error(`sign-in failed (${res.status}): seed the database first (npm start or npm run db:seed)`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] as string;
}

async function sequential(path: string, headers: Record<string, string>, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n + 100; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    if (i >= 100) times.push(performance.now() - t); // the first 100 warm up
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function loaded(path: string, headers: Record<string, string>) {
  await autocannon({ url: `${base}${path}`, connections: 20, duration: 2, headers });
  const r = await autocannon({ url: `${base}${path}`, connections: 20, duration: 8, headers });
  if (r.non2xx) throw new Error(`${path}: ${r.non2xx} non-2xx answers`);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
}

const load = os.loadavg()[0]?.toFixed(2);
const signInTimes: number[] = [];
let cookie = '';
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  cookie = await signIn();
  signInTimes.push(performance.now() - t);
}
signInTimes.sort((a, b) => a - b);

const N = 1500;
const publicSeq = await sequential('/api/catalog/categories', {}, N);
const scopedSeq = await sequential('/api/company/departments', { cookie }, N);
const publicLoad = await loaded('/api/catalog/categories', {});
const scopedLoad = await loaded('/api/company/departments', { cookie });
proc.kill('SIGTERM');

const ms = (v: number) => v.toFixed(2);
const table = [
  '| request | sequential p50 ms | sequential p99 ms | 20 connections req/s | 20 connections p99 ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| public \`GET /api/catalog/categories\` | ${ms(publicSeq.p50)} | ${ms(publicSeq.p99)} | ${publicLoad.rps} | ${publicLoad.p99} |`,
  `| signed-in, scoped \`GET /api/company/departments\` | ${ms(scopedSeq.p50)} | ${ms(scopedSeq.p99)} | ${scopedLoad.rps} | ${scopedLoad.p99} |`,
  `| **added by sign-in check, permissions and scoping** | **${ms(scopedSeq.p50 - publicSeq.p50)}** | **${ms(scopedSeq.p99 - publicSeq.p99)}** | | |`,
].join('\n');
writeSection(
  'auth-bench',
  'Sign-in, permission checks and scoped queries (issue 3: under 5 ms p99 added)',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:auth\`
(built API for production, seeded demo database, ${os.cpus().length} cores, load average before the run ${load}).
Sequential: ${N} requests one after another after 100 warm-up requests, timed by the client.
Both lists are one grouped query of the same shape; the signed-in one also resolves the session
cookie (session, user, membership, custom roles and group in one query), checks \`company:view\` and filters by company.

${table}

Sign-in itself (argon2id verification of the password, once per session): p50 ${ms(percentile(signInTimes, 50))} ms,
p99 ${ms(percentile(signInTimes, 99))} ms over 30 sign-ins.`,
);
console.log(table);
process.exit(0);
