import { createPrismaClient } from '@tradeway/server/platform';
import { DEMO_PASSWORD, demoLogins } from './demo-data';
import { seed, SEED_KINDS } from './seed';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tradeway';

/** The database a URL names, with any password hidden, for messages. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Seeds the database named in `databaseUrl` (and no other); resolves to the exit code. */
export async function main(
  databaseUrl: string,
  out: (line: string) => void = console.log,
  err = console.error,
): Promise<number> {
  let target: string;
  try {
    target = describeDatabase(databaseUrl);
  } catch {
    err(`seed: DATABASE_URL is not a valid URL`);
    return 2;
  }
  out(`Seeding the Tradeway demo into ${target}`);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    const summary = await seed(prisma);
    out('');
    out(`  ${'kind'.padEnd(16)} ${'rows'.padStart(5)} ${'created'.padStart(8)} ${'updated'.padStart(8)}`);
    for (const kind of SEED_KINDS) {
      out(
        `  ${kind.padEnd(16)} ${String(summary.total[kind]).padStart(5)} ${String(summary.created[kind]).padStart(8)} ${String(summary.updated[kind]).padStart(8)}`,
      );
    }
    out('');
    out(
      summary.createdTotal + summary.updatedTotal === 0
        ? `Nothing to do: the demo was already in place (${summary.durationMs} ms).`
        : `Created ${summary.createdTotal} and updated ${summary.updatedTotal} rows in ${summary.durationMs} ms.`,
    );
    out('');
    out(`Demo logins (password for all: ${DEMO_PASSWORD})`);
    const logins = demoLogins();
    const width = Math.max(...logins.map((l) => l.email.length));
    for (const l of logins) {
      out(`  ${l.portal.padEnd(9)} ${l.email.padEnd(width)}  ${l.role.padEnd(13)} ${l.company}`);
    }
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    err(`\nSeeding ${target} failed: ${message.trim()}`);
    if (/does not exist/i.test(message)) {
      err('Is the database created and migrated? Run `npm run db:migrate` with the same DATABASE_URL first.');
    } else if (/ECONNREFUSED|connect/i.test(message)) {
      err('Is PostgreSQL running (`npm run services`)?');
    }
    return 1;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}
