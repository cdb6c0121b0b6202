// Makes PostgreSQL and Redis available, in this order of preference:
//   1. the servers named by DATABASE_URL / REDIS_URL, when set;
//   2. servers already running on localhost (the defaults);
//   3. servers installed on this machine but stopped: start them;
//   4. as root on Debian/Ubuntu: install them with apt, then start them;
//   5. otherwise: stop with the exact commands to run.
// It creates the database named in DATABASE_URL when missing, and touches no other database.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './env.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const LOCAL = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function reachable(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: host.replace(/^\[|\]$/g, ''), port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port, 500)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function run(cmd, args, log) {
  log(`  $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0)
    log(
      `    (${cmd} exited ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' ')})`,
    );
  return r.status === 0;
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function aptInstall(pkgs, log) {
  if (!isRoot || !has('apt-get')) return false;
  log(`Installing ${pkgs.join(', ')} with apt (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...pkgs],
  ]) {
    log(`  $ apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
    if (r.status !== 0) {
      log(`    apt-get failed: ${(r.stderr || '').trim().split('\n').slice(-2).join(' ')}`);
      return false;
    }
  }
  return true;
}

function pgVersions() {
  return existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort() : [];
}

/** Lets local TCP connections in without a password, on a cluster this script installed. */
function trustLocalTcp(version, log) {
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  if (!existsSync(hba)) return;
  const text = readFileSync(hba, 'utf8');
  if (text.includes('# tradeway: local trust')) return;
  writeFileSync(
    hba,
    `# tradeway: local trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n${text}`,
  );
  log(`  configured ${hba}: trust for local TCP connections (development only)`);
}

async function startPostgres(log, installedNow) {
  for (const v of pgVersions()) {
    if (installedNow) trustLocalTcp(v, log);
    if (has('pg_ctlcluster') && run('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'start'], log))
      return true;
    if (
      has('pg_ctlcluster') &&
      installedNow &&
      run('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'reload'], log)
    )
      return true;
  }
  if (has('service') && run('service', ['postgresql', 'start'], log)) return true;
  return false;
}

function startRedis(log) {
  if (!has('redis-server')) return false;
  return run(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '-::1',
      '--port',
      '6379',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    log,
  );
}

const HOW_TO = `
PostgreSQL 15+ and Redis 7+ are needed. Either point the platform at running servers:
  export DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/tradeway
  export REDIS_URL=redis://HOST:6379
or install them locally (Debian/Ubuntu):
  sudo apt-get update && sudo apt-get install -y postgresql redis-server
  sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  sudo redis-server --daemonize yes --bind 127.0.0.1 --port 6379
  sudo -u postgres psql -c "ALTER USER postgres PASSWORD 'postgres'"
  export DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/tradeway
(macOS: brew install postgresql@16 redis && brew services start postgresql@16 redis)
then run the command again.`;

async function ensureServer(kind, url, log) {
  const u = new URL(url);
  const host = u.hostname;
  const port = Number(u.port || (kind === 'postgres' ? 5432 : 6379));
  if (await reachable(host, port)) return;
  if (!LOCAL.has(host))
    throw new Error(`${kind} at ${host}:${port} (from the environment) does not answer.${HOW_TO}`);
  log(`${kind} is not running on ${host}:${port}; trying to start it…`);
  const start = () => (kind === 'postgres' ? startPostgres(log, false) : startRedis(log));
  if ((await start()) && (await waitFor(host, port, 20))) return log(`${kind} started.`);
  const installed = kind === 'postgres' ? aptInstall(['postgresql'], log) : aptInstall(['redis-server'], log);
  if (installed) {
    const ok = kind === 'postgres' ? await startPostgres(log, true) : startRedis(log);
    if (ok && (await waitFor(host, port, 30))) return log(`${kind} installed and started.`);
  }
  throw new Error(`Could not find, start or install ${kind}.${HOW_TO}`);
}

async function ensureDatabase(databaseUrl, log) {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL answers but refuses ${target.username || 'the user'}@${target.host}: ${e.message}${HOW_TO}`,
    );
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      log(`Created database ${name}.`);
    }
  } finally {
    await client.end();
  }
}

export async function ensureServices({ log = console.log } = {}) {
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  await ensureServer('postgres', databaseUrl, log);
  await ensureServer('redis', redisUrl, log);
  await ensureDatabase(databaseUrl, log);
  return { databaseUrl, redisUrl };
}

export { reachable, waitFor };
