#!/usr/bin/env node
// npm test — every test, from a fresh clone: install → PostgreSQL and Redis → unit,
// integration and HTTP tests (Vitest; each suite in its own database) → build → browser
// journeys (Playwright driving Debian's Chromium against the built platform on its own
// ports and its own database). Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstall } from './lib/install.mjs';
import { step } from './lib/run.mjs';

ensureInstall();
const { ensureServices } = await import('./lib/services.mjs');
const pg = (await import('pg')).default;

let databaseUrl, redisUrl;
try {
  ({ databaseUrl, redisUrl } = await ensureServices());
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
rmSync('tmp/test-results', { recursive: true, force: true });
mkdirSync('tmp/test-results', { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

// 1. Unit, integration and HTTP tests.
console.log('\n▶ Unit, integration and HTTP tests (Vitest)');
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=tmp/test-results/vitest.json',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  },
);
if (vitest.status !== 0) failed = true;
if (existsSync('tmp/test-results/vitest.json')) {
  const r = JSON.parse(readFileSync('tmp/test-results/vitest.json', 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed +=
    r.numFailedTests +
    (r.numTotalTestSuites > 0 && r.numFailedTestSuites > 0 && r.numFailedTests === 0
      ? r.numFailedTestSuites
      : 0);
  counts.skipped += r.numPendingTests + r.numTodoTests;
} else failed = true;

// 2. Browser journeys against the built platform, on a database of their own.
step(
  'Building the apps',
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'worker',
    'buyer-portal',
    'seller-portal',
    'operator-console',
    '--outputStyle=static',
  ],
  { env },
);
const e2eDb = `tw_e2e_${randomBytes(4).toString('hex')}`;
const admin = new URL(databaseUrl);
admin.pathname = '/postgres';
const e2eUrl = new URL(databaseUrl);
e2eUrl.pathname = `/${e2eDb}`;
const adminQuery = async (sql) => {
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};
await adminQuery(`CREATE DATABASE "${e2eDb}"`);
try {
  const e2eEnv = { ...env, DATABASE_URL: e2eUrl.toString() };
  step('Preparing the e2e database', process.execPath, ['tools/scripts/prisma.mjs', 'migrate', 'deploy'], {
    env: e2eEnv,
  });
  step('Seeding the e2e database', 'npx', ['tsx', 'tools/seed/seed.mts'], { env: e2eEnv });
  console.log('\n▶ Browser journeys (Playwright + Chromium)');
  const pw = spawnSync('npx', ['playwright', 'test', '-c', 'apps/e2e/playwright.config.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      E2E_DATABASE_URL: e2eUrl.toString(),
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      // absolute: Playwright resolves a relative name against the config's folder
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.resolve('tmp/test-results/playwright.json'),
    },
  });
  if (pw.status !== 0) failed = true;
  if (existsSync('tmp/test-results/playwright.json')) {
    const s = JSON.parse(readFileSync('tmp/test-results/playwright.json', 'utf8')).stats;
    counts.passed += s.expected + (s.flaky ?? 0);
    counts.failed += s.unexpected;
    counts.skipped += s.skipped;
  } else failed = true;
} finally {
  await adminQuery(`DROP DATABASE IF EXISTS "${e2eDb}" WITH (FORCE)`);
}

if (failed && counts.failed === 0) counts.failed = 1; // a runner crashed before reporting
console.log(
  `\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
);
process.exit(failed || counts.failed > 0 ? 1 : 0);
