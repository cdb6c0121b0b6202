import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the built platform (run `npm test`, which builds, prepares a
 * fresh seeded database and passes it as E2E_DATABASE_URL). Own ports, so a running
 * `npm start` does not interfere. Debian's Chromium; Playwright downloads no browser.
 */
const root = path.resolve(import.meta.dirname, '../..');
// E2E_PORT_BASE moves every port (API at base, portals at base + 1201…1203), so that two
// runs on one machine do not collide.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
const apiPort = base;
export const PORTALS = {
  buyer: { port: base + 1201, app: 'buyer-portal' },
  seller: { port: base + 1202, app: 'seller-portal' },
  operator: { port: base + 1203, app: 'operator-console' },
} as const;

const databaseUrl =
  process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export default defineConfig({
  testDir: './src',
  outputDir: path.join(root, `tmp/e2e-results-${base}`),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node dist/apps/api/main.js',
      cwd: root,
      url: `http://127.0.0.1:${apiPort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        API_PORT: String(apiPort),
        LOG_LEVEL: 'warn',
        QUEUE_PREFIX: `tw-e2e-${base}`,
        // links in mail open the portal they came from
        PUBLIC_URL: `http://127.0.0.1:${PORTALS.buyer.port}`,
        SELLER_PUBLIC_URL: `http://127.0.0.1:${PORTALS.seller.port}`,
        OPERATOR_PUBLIC_URL: `http://127.0.0.1:${PORTALS.operator.port}`,
      },
    },
    {
      // Spreadsheet imports and approval escalations run in the worker.
      command: 'node dist/apps/worker/main.js',
      cwd: root,
      wait: { stdout: /Tradeway worker started/ },
      stdout: 'pipe',
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        LOG_LEVEL: 'info',
        QUEUE_PREFIX: `tw-e2e-${base}`,
        // the RFQ, auction and group-buy journeys move a deadline into the past and wait for it
        RFQ_SWEEP_EVERY_MS: '3000',
        AUCTION_SWEEP_EVERY_MS: '2000',
        GROUP_BUY_SWEEP_EVERY_MS: '2000',
      },
    },
    ...Object.values(PORTALS).map(({ port, app }) => ({
      command: `node node_modules/vite/bin/vite.js preview --config apps/${app}/vite.config.ts --port ${port} --strictPort`,
      cwd: root,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { API_URL: `http://127.0.0.1:${apiPort}`, PORT: String(port) },
    })),
  ],
});
