#!/usr/bin/env node
// npm start — the whole platform with demo data, from a fresh clone:
// install → PostgreSQL and Redis → migrate → seed an empty database → build → API, worker
// and the three portals → print their URLs and the demo logins. Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { ensureInstall } from './lib/install.mjs';
import { PORTS } from './lib/env.mjs';
import { launch, step, waitForUrl } from './lib/run.mjs';

ensureInstall();
const { ensureServices, reachable } = await import('./lib/services.mjs');
const pg = (await import('pg')).default;

let databaseUrl, redisUrl;
try {
  ({ databaseUrl, redisUrl } = await ensureServices());
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };

step('Migrating the database', process.execPath, ['tools/scripts/prisma.mjs', 'migrate', 'deploy'], { env });

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const { rows } = await db.query('SELECT count(*)::int AS n FROM companies');
await db.end();
if (rows[0].n === 0) step('Seeding demo data', 'npx', ['tsx', 'tools/seed/seed.mts'], { env });
else
  console.log(
    `\n▶ Database has ${rows[0].n} companies: seed skipped (run \`npm run db:seed\` to re-apply; it is idempotent).`,
  );

const apps = ['api', 'worker', 'buyer-portal', 'seller-portal', 'operator-console'];
step('Building the apps', 'npx', ['nx', 'run-many', '-t', 'build', '-p', ...apps, '--outputStyle=static'], {
  env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});

const ports = {
  api: Number(process.env.API_PORT ?? PORTS.api),
  buyer: Number(process.env.BUYER_PORT ?? PORTS.buyer),
  seller: Number(process.env.SELLER_PORT ?? PORTS.seller),
  operator: Number(process.env.OPERATOR_PORT ?? PORTS.operator),
};
for (const [name, port] of Object.entries(ports)) {
  if (await reachable('127.0.0.1', port, 300)) {
    console.error(
      `Port ${port} (${name}) is in use. Stop what runs there, or choose another: ${name.toUpperCase()}_PORT=…`,
    );
    process.exit(1);
  }
}

const apiUrl = `http://127.0.0.1:${ports.api}`;
const children = [
  // a larger young generation: the API allocates a lot per request, and the default 16 MB semi-space
  // made scavenges frequent enough to show in the bid and join latencies (docs/performance.md)
  launch('api', process.execPath, ['--max-semi-space-size=32', 'dist/apps/api/main.js'], {
    ...env,
    API_PORT: String(ports.api),
    // links in mail open the portal they came from
    PUBLIC_URL: `http://127.0.0.1:${ports.buyer}`,
    SELLER_PUBLIC_URL: `http://127.0.0.1:${ports.seller}`,
    OPERATOR_PUBLIC_URL: `http://127.0.0.1:${ports.operator}`,
  }),
  launch('worker', process.execPath, ['dist/apps/worker/main.js'], env),
  ...[
    ['buyer', 'buyer-portal'],
    ['seller', 'seller-portal'],
    ['operator', 'operator-console'],
  ].map(([key, app]) =>
    // Vite's own entry under node (not `npx vite`): the signal that stops us reaches the server.
    launch(
      key,
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'preview',
        '--config',
        `apps/${app}/vite.config.ts`,
        '--port',
        String(ports[key]),
        '--strictPort',
      ],
      {
        API_URL: apiUrl,
        PORT: String(ports[key]),
      },
    ),
  ),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 4000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
for (const c of children)
  c.on('exit', (code) => !stopping && (console.error(`A process exited (${code}); stopping.`), stopAll(1)));

const urls = {
  'Buyer portal': `http://127.0.0.1:${ports.buyer}`,
  'Seller portal': `http://127.0.0.1:${ports.seller}`,
  'Operator console': `http://127.0.0.1:${ports.operator}`,
  API: `${apiUrl}/api/health`,
  'API docs': `${apiUrl}/api/docs`,
  'Queue dashboard': `${apiUrl}/api/admin/queues`,
};
const ready = await Promise.all(Object.values(urls).map((u) => waitForUrl(u, 90)));
if (ready.includes(false)) {
  console.error(
    'Some services did not come up:',
    Object.keys(urls)
      .filter((_, i) => !ready[i])
      .join(', '),
  );
  stopAll(1);
} else {
  const logins = spawnSync('npx', ['tsx', 'tools/seed/logins.mts'], { encoding: 'utf8' }).stdout ?? '';
  console.log(`
════════════════════════════════════════════════════════════════════
 Tradeway is running
${Object.entries(urls)
  .map(([k, v]) => `   ${k.padEnd(18)} ${v}`)
  .join('\n')}
${logins}
 Ctrl-C stops everything.
════════════════════════════════════════════════════════════════════`);
}
