// Installs dependencies when node_modules is missing or older than package-lock.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.tradeway-lock-hash';

export function ensureInstall(log = console.log) {
  const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === lockHash) return;
  log('Installing dependencies (npm ci)…');
  const env = {
    ...process.env,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(
      'npm ci failed. Node.js ≥ 20.19 and npm ≥ 10 are needed, and the npm registry must be reachable.',
    );
    process.exit(r.status ?? 1);
  }
  writeFileSync(STAMP, lockHash);
}
