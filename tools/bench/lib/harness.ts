import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '../../..');
export const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Starts the built API (building it when absent) for production on `port`; resolves when it
 * answers. `options.databaseUrl` points it at another database than DATABASE_URL (a bench's own).
 */
export async function startApi(
  port: number,
  options: { databaseUrl?: string } = {},
): Promise<{ base: string; proc: ChildProcess }> {
  if (!existsSync(path.join(root, 'dist/apps/api/main.js'))) {
    spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  }
  // The API as `npm start` runs it (tools/scripts/start.mjs: a 32 MB semi-space); BENCH_API_NODE_ARGS
  // passes more flags to its node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
  const nodeArgs = [
    '--max-semi-space-size=32',
    ...(process.env['BENCH_API_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
  ];
  const proc = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl ?? databaseUrl,
      REDIS_URL: redisUrl,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      // One bench user sends hundreds of quotes a second: the limits stay checked, with room.
      RATE_LIMIT_FACTOR: '1000',
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
  return { base, proc };
}

/** Replaces (or appends) the section between `<!-- name:start -->` and `<!-- name:end -->` in docs/performance.md. */
export function writeSection(name: string, heading: string, body: string): void {
  const section = `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`;
  const file = path.join(root, 'docs/performance.md');
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(
    file,
    pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n## ${heading}\n\n${section}\n`,
  );
  // the tables as the format gate wants them (aligned columns)
  spawnSync('npx', ['prettier', '--write', file], { cwd: root, stdio: 'ignore' });
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The URL of database `name` on the server DATABASE_URL names. */
export function databaseUrlFor(name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A bench's own database seeded at scale (tools/seed/src/scale-data.ts): dropped, created,
 * migrated and seeded, or with `reuse`, kept as it is when it already holds scale data.
 * `seedArgs` go to `npm run db:seed:scale` (e.g. ['--skus', '100000']). Resolves to its URL
 * and the seed's output.
 */
export async function scaleDatabase(
  name: string,
  options: { reuse?: boolean; seedArgs?: readonly string[] } = {},
): Promise<{ url: string; reused: boolean; seedLog: string }> {
  if (!/^tw_bench_[a-z0-9_]+$/.test(name))
    throw new Error(`a bench database is named tw_bench_…, not ${name}`);
  const url = databaseUrlFor(name);
  if (options.reuse) {
    const seeded = await admin(async (c) => {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) return false;
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const r = await db.query(`SELECT count(*)::int AS n FROM companies WHERE code LIKE 'scale-%'`);
        return (r.rows[0] as { n: number }).n > 0;
      } catch {
        return false;
      } finally {
        await db.end();
      }
    });
    if (seeded) return { url, reused: true, seedLog: '' };
  }
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const env = { ...process.env, DATABASE_URL: url };
  const migrate = spawnSync(process.execPath, ['tools/scripts/prisma.mjs', 'migrate', 'deploy'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0)
    throw new Error(`migrate deploy into ${name} failed:\n${migrate.stdout}${migrate.stderr}`);
  const seed = spawnSync('npx', ['tsx', 'tools/seed/scale.mts', ...(options.seedArgs ?? [])], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`the scale seed of ${name} failed:\n${seed.stdout}${seed.stderr}`);
  return { url, reused: false, seedLog: seed.stdout };
}

/** Rows per table of a bench database, for the report. */
export async function tableSizes(url: string, tables: readonly string[]): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of tables) {
      if (!/^[a-z_]+$/.test(t)) throw new Error(`not a table name: ${t}`);
      out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n as number;
    }
    return out;
  } finally {
    await db.end();
  }
}

/** What the figures were measured on, for the report. */
export async function machineFacts(url: string): Promise<string> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const version = ((await db.query('SHOW server_version')).rows[0] as { server_version: string })
    .server_version;
  await db.end();
  const cpus = os.cpus();
  const steal = await stolenShare();
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${version}, ` +
    `load average before the run ${os.loadavg()[0]?.toFixed(2)}, ` +
    `one core's speed ${coreSpeed()} MB/s of SHA-256` +
    (steal === null ? '' : `, CPU time taken by the host in the second before the run ${steal.toFixed(1)} %`)
  );
}

/**
 * How fast one core is, as SHA-256 throughput (best of 3 over 64 MiB): machines of the same
 * name differ (the same build measured 0.52 and 0.23 ms of API CPU per bid on two of them), so
 * every result says which it ran on.
 */
function coreSpeed(): number {
  const data = Buffer.alloc(64 * 2 ** 20, 7);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    createHash('sha256').update(data).digest();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round((64 * 1.048576) / (best / 1000));
}

/** The share of CPU time the hypervisor took (`steal` in /proc/stat) over one second; null off Linux. */
async function stolenShare(): Promise<number | null> {
  const read = () => {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  };
  if (!existsSync('/proc/stat')) return null;
  const a = read();
  await new Promise((r) => setTimeout(r, 1000));
  const b = read();
  return b.total > a.total ? (100 * (b.steal - a.steal)) / (b.total - a.total) : 0;
}

/** Signs in through the API; resolves to the session cookie (`name=value`). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed (${res.status}): ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

export interface BenchRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: string;
  /** headers of this request only (another caller's session cookie) */
  readonly headers?: Record<string, string>;
  /** a label to break the figures down by */
  readonly kind: string;
}

export interface LoadResult {
  readonly concurrency: number;
  readonly durationS: number;
  readonly requests: number;
  readonly rps: number;
  /** ms, sorted ascending */
  readonly latencies: number[];
  readonly byKind: Map<string, number[]>;
  readonly errors: number;
  readonly firstError: string | null;
  /** CPU time of the API process (NaN when not measured) and of PostgreSQL, per request */
  readonly apiCpuMsPerRequest: number;
  readonly postgresCpuMsPerRequest: number;
}

/**
 * A closed-loop load: `concurrency` clients, each sending its next request as soon as the
 * previous answer is read, over keep-alive connections; first for `warmUpS` seconds
 * (discarded), then for `durationS` seconds, timed per request by the client with
 * `performance.now()` (sub-millisecond, unlike autocannon's histogram). An answer other than
 * `expectStatus` counts as an error.
 */
export async function closedLoop(
  base: string,
  /** the i-th request overall, sent by client `client` (0 … concurrency − 1) */
  next: (i: number, client: number) => BenchRequest,
  options: {
    concurrency: number;
    durationS: number;
    warmUpS: number;
    headers: Record<string, string>;
    expectStatus: number;
    /** the API's process id and database, to report CPU time per request */
    apiPid?: number;
    /** sees every answer of the measured phase (to count what the status does not say) */
    onAnswer?: (r: BenchRequest, body: string) => void;
    database?: string;
  },
): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  let counter = 0;
  const send = (r: BenchRequest) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: r.method,
          path: r.path,
          agent,
          headers: {
            ...options.headers,
            ...r.headers,
            ...(r.body !== undefined
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });

  const phase = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    const byKind = new Map<string, number[]>();
    let errors = 0;
    let firstError: string | null = null;
    const until = performance.now() + seconds * 1000;
    const client = async (_: unknown, index: number) => {
      while (performance.now() < until) {
        const r = next(counter++, index);
        const t = performance.now();
        let status = 0;
        let body = '';
        try {
          ({ status, body } = await send(r));
        } catch (e) {
          body = String(e);
        }
        const ms = performance.now() - t;
        if (!record) continue;
        if (status !== options.expectStatus) {
          errors++;
          firstError ??= `${r.method} ${r.path} → ${status}: ${body.slice(0, 300)}`;
          continue;
        }
        latencies.push(ms);
        options.onAnswer?.(r, body);
        const list = byKind.get(r.kind) ?? [];
        list.push(ms);
        byKind.set(r.kind, list);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, client));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    for (const list of byKind.values()) list.sort((a, b) => a - b);
    return { latencies, byKind, errors, firstError, elapsed };
  };

  await phase(options.warmUpS, false);
  const api0 = processCpuMs(options.apiPid);
  const pg0 = postgresCpuMs(options.database);
  const m = await phase(options.durationS, true);
  const apiCpu = processCpuMs(options.apiPid) - api0;
  const pgCpu = postgresCpuMs(options.database) - pg0;
  agent.destroy();
  return {
    concurrency: options.concurrency,
    durationS: options.durationS,
    requests: m.latencies.length,
    rps: m.latencies.length / m.elapsed,
    latencies: m.latencies,
    byKind: m.byKind,
    errors: m.errors,
    firstError: m.firstError,
    apiCpuMsPerRequest: apiCpu / Math.max(1, m.latencies.length + m.errors),
    postgresCpuMsPerRequest: pgCpu / Math.max(1, m.latencies.length + m.errors),
  };
}

export interface PacedResult {
  /** ms, sorted ascending, of every answer (errors included) */
  readonly latencies: number[];
  readonly errors: number;
  readonly firstError: string | null;
  readonly sentPerS: number;
  readonly elapsedS: number;
}

/**
 * An open-loop load: `clients` clients sending `ratePerS` requests a second in all (each every
 * clients/ratePerS s, staggered), each sent on time whether or not earlier answers are in — the
 * latency a user sees at that load, not queueing behind a closed loop. `onAnswer` sees every
 * answer with status `expectStatus`.
 */
export async function pacedLoad(
  base: string,
  next: (client: number) => BenchRequest,
  options: {
    clients: number;
    ratePerS: number;
    durationS: number;
    expectStatus: number;
    onAnswer?: (body: string) => void;
  },
): Promise<PacedResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients * 2 });
  const interval = (options.clients / options.ratePerS) * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const send = (client: number) =>
    new Promise<void>((resolve) => {
      const r = next(client);
      const t = performance.now();
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: r.method,
          path: r.path,
          agent,
          headers: {
            ...r.headers,
            ...(r.body !== undefined
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - t);
            const body = Buffer.concat(chunks).toString();
            if (res.statusCode !== options.expectStatus) {
              errors++;
              firstError ??= `${r.method} ${r.path} → ${res.statusCode}: ${body.slice(0, 300)}`;
            } else options.onAnswer?.(body);
            resolve();
          });
        },
      );
      req.on('error', (e) => {
        errors++;
        firstError ??= String(e);
        resolve();
      });
      req.end(r.body);
    });
  const started = performance.now();
  const pending: Promise<void>[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      await new Promise((r) => setTimeout(r, (client / options.clients) * interval));
      for (let k = 0; performance.now() - started < options.durationS * 1000; k++) {
        pending.push(send(client));
        const due = started + (client / options.clients) * interval + (k + 1) * interval;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      }
    }),
  );
  await Promise.all(pending);
  const elapsedS = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, errors, firstError, sentPerS: latencies.length / elapsedS, elapsedS };
}

/** `| label | requests | req/s | p50 | p95 | p99 | max | errors |` rows of load results. */
export function latencyRows(
  rows: ReadonlyArray<{ label: string; result: LoadResult; latencies?: number[] }>,
) {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
  return [
    '| run | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | API CPU ms/req | PostgreSQL CPU ms/req |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ label, result, latencies }) => {
      const l = latencies ?? result.latencies;
      const whole = latencies === undefined;
      return `| ${label} | ${l.length} | ${whole ? result.rps.toFixed(0) : ''} | ${ms(percentile(l, 50))} | ${ms(
        percentile(l, 95),
      )} | ${ms(percentile(l, 99))} | ${ms(l[l.length - 1] ?? NaN)} | ${whole ? result.errors : ''} | ${
        whole ? ms(result.apiCpuMsPerRequest) : ''
      } | ${whole ? ms(result.postgresCpuMsPerRequest) : ''} |`;
    }),
  ].join('\n');
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime in clock ticks (USER_HZ = 100 on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * CPU time the PostgreSQL backends serving `database` have used so far, in ms (Linux; NaN
 * elsewhere). Backends that ended meanwhile are not counted: the API keeps its pool open.
 */
export function postgresCpuMs(database: string | undefined): number {
  if (database === undefined) return NaN;
  try {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmd.startsWith(`postgres: `) || !cmd.includes(` ${database} `)) continue;
        total += processCpuMs(Number(pid));
      } catch {
        // the process ended meanwhile
      }
    }
    return total;
  } catch {
    return NaN;
  }
}

/**
 * A paced load run `runs` times in a row: on a shared 2-core machine the tail of one 15 s run
 * moves a lot from run to run, so every run is reported and the median run (by p99) is the
 * figure a target is judged by. `load` gets the run's index.
 */
export async function pacedRuns<T extends PacedResult>(
  runs: number,
  load: (run: number) => Promise<T>,
): Promise<{ all: T[]; median: T }> {
  const all: T[] = [];
  for (let run = 0; run < runs; run++) all.push(await load(run));
  const byP99 = [...all].sort((a, b) => percentile(a.latencies, 99) - percentile(b.latencies, 99));
  return { all, median: byP99[Math.floor((byP99.length - 1) / 2)] as T };
}

/** The markdown table of paced runs: one row per run. */
export function pacedTable(heading: string, unit: string, runs: readonly PacedResult[]): string {
  const ms = (v: number) => v.toFixed(2);
  return [
    `| ${heading} | ${unit} | ${unit}/s | p50 ms | p95 ms | p99 ms | max ms | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r, i) =>
        `| run ${i + 1} | ${r.latencies.length} | ${r.sentPerS.toFixed(0)} | ${ms(percentile(r.latencies, 50))} | ${ms(
          percentile(r.latencies, 95),
        )} | ${ms(percentile(r.latencies, 99))} | ${ms(r.latencies.at(-1) ?? NaN)} | ${r.errors} |`,
    ),
  ].join('\n');
}
