import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('prisma migrations', () => {
  it('apply from an empty database with the offline engine, and status then reports up to date', async () => {
    const name = `tw_test_empty_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(inject('adminDatabaseUrl'));
      url.pathname = `/${name}`;
      const env = { ...process.env, DATABASE_URL: url.toString() };
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['tools/scripts/prisma.mjs', ...args], {
          cwd: root,
          env,
          encoding: 'utf8',
        });

      const deploy = run('migrate', 'deploy');
      expect(deploy.status, deploy.stderr).toBe(0);

      const folders = readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      );
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const applied = await db.query(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      );
      await db.end();
      expect(applied.rowCount).toBe(folders.length);

      const status = run('migrate', 'status');
      expect(status.status).toBe(0);
      expect(status.stdout).toContain('Database schema is up to date');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
