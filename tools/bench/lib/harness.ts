import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../../..');
export const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Starts the built API (building it when absent) for production on `port`; resolves when it answers. */
export async function startApi(port: number): Promise<{ base: string; proc: ChildProcess }> {
  if (!existsSync(path.join(root, 'dist/apps/api/main.js'))) {
    spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  }
  const proc = spawn(process.execPath, ['dist/apps/api/main.js'], {
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
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
