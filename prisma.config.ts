import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { migrationAdapter } from './tools/prisma/migration-adapter';

const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => migrationAdapter(databaseUrl),
});
