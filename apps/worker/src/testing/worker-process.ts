import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The worker as it ships, run as real child processes by the integration specs that start,
 * stop and kill it (worker.int-spec.ts, group-buy-settlement-crash.int-spec.ts).
 */
const root = path.resolve(import.meta.dirname, '../../../..');

export interface RunningWorker {
  readonly proc: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
}

export interface WorkerProcesses {
  /** Starts `main.js` with these variables on top of the test process's environment. */
  startWorker(env: Record<string, string>): RunningWorker;
  /**
   * Polls `probe` every `everyMs` until it returns something truthy; on time-out, fails with
   * the tail of every worker's output.
   */
  until<T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs?: number,
    everyMs?: number,
  ): Promise<T>;
  /** Kills the workers still running and deletes the build. */
  cleanup(): Promise<void>;
}

/**
 * Builds the worker with vite into a private folder (never stale, never shared), inside the
 * repository (tmp/ is git-ignored) so that the bundle's imports resolve from node_modules.
 */
export function buildWorker(): WorkerProcesses {
  mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'tmp', 'worker-test-'));
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/worker/vite.config.ts', '--outDir', outDir],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`worker build failed: ${build.stderr}`);
  }
  const workers: RunningWorker[] = [];
  const outputs = () =>
    workers
      .map((w) => w.output())
      .join('\n---\n')
      .slice(-4000);

  return {
    startWorker(env) {
      const proc = spawn(process.execPath, [path.join(outDir, 'main.js')], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
      const w = { proc, exited, output: () => out };
      workers.push(w);
      return w;
    },

    async until(what, probe, timeoutMs = 20_000, everyMs = 100) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const v = await probe();
        if (v) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${outputs()}`);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    },

    async cleanup() {
      const running = workers.filter((w) => w.proc.exitCode === null && w.proc.signalCode === null);
      for (const w of running) w.proc.kill('SIGKILL');
      await Promise.all(running.map((w) => w.exited));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
