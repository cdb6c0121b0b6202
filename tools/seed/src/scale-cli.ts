import { parseArgs } from 'node:util';
import { createPrismaClient } from '@tradeway/server/platform';
import { describeDatabase } from './cli';
import {
  DEFAULT_SCALE,
  planScale,
  SCALE_BENCH_BUYER,
  SCALE_PASSWORD,
  ScaleSeedRefused,
  seedScale,
} from './scale-data';

export const SCALE_USAGE = `Usage: DATABASE_URL=postgresql://…/tw_scale npm run db:seed:scale -- [--skus ${DEFAULT_SCALE.skus}] [--buyers ${DEFAULT_SCALE.buyers}] [--lists ${DEFAULT_SCALE.lists}] [--sellers ${DEFAULT_SCALE.sellers}]
Seeds a marketplace at scale into a fresh, migrated database (never the demo's by accident:
DATABASE_URL must be set). Refuses to run twice on one database.
  createdb -h 127.0.0.1 -U postgres tw_scale
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/tw_scale npm run db:migrate
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/tw_scale npm run db:seed:scale`;

function whole(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a whole number ≥ 1`);
  return n;
}

/** `npm run db:seed:scale`: resolves to the exit code. */
export async function main(
  argv: readonly string[],
  databaseUrl: string | undefined,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  let sizes;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        skus: { type: 'string' },
        buyers: { type: 'string' },
        lists: { type: 'string' },
        sellers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      out(SCALE_USAGE);
      return 0;
    }
    sizes = {
      skus: whole(values.skus, DEFAULT_SCALE.skus, 'skus'),
      buyers: whole(values.buyers, DEFAULT_SCALE.buyers, 'buyers'),
      lists: whole(values.lists, DEFAULT_SCALE.lists, 'lists'),
      sellers: whole(values.sellers, DEFAULT_SCALE.sellers, 'sellers'),
    };
  } catch (e) {
    err(`seed:scale: ${e instanceof Error ? e.message : String(e)}\n\n${SCALE_USAGE}`);
    return 2;
  }
  if (!databaseUrl) {
    err(`seed:scale: set DATABASE_URL to the database to fill.\n\n${SCALE_USAGE}`);
    return 2;
  }
  let target: string;
  try {
    target = describeDatabase(databaseUrl);
  } catch {
    err('seed:scale: DATABASE_URL is not a valid URL');
    return 2;
  }

  const plan = planScale(sizes);
  out(`Seeding a marketplace at scale into ${target}`);
  out(
    `  plan: ${plan.sellers} sellers, ${plan.buyers} buyers, ${plan.products} products, ${plan.skus} SKUs, ` +
      `${plan.publicLists + plan.gradeLists + plan.contractLists} price lists ` +
      `(${plan.publicLists} public, ${plan.gradeLists} grade, ${plan.contractLists} contract)`,
  );
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    const summary = await seedScale(prisma, sizes, { log: out });
    out('');
    out(`  ${'table'.padEnd(28)} ${'rows'.padStart(10)}`);
    for (const [table, n] of Object.entries(summary.rows))
      out(`  ${table.padEnd(28)} ${String(n).padStart(10)}`);
    out('');
    out(`Done in ${(summary.durationMs / 1000).toFixed(1)} s.`);
    out(
      `Bench buyer (grade STRATEGIC at every seller, one contract): ${SCALE_BENCH_BUYER.purchaser} / ${SCALE_PASSWORD}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof ScaleSeedRefused) {
      err(`\nseed:scale refused: ${e.message}`);
      return 3;
    }
    const message = e instanceof Error ? e.message : String(e);
    err(`\nSeeding ${target} at scale failed (nothing was written): ${message.trim()}`);
    if (/does not exist/i.test(message)) {
      err('Is the database created and migrated? Run `npm run db:migrate` with the same DATABASE_URL first.');
    }
    return 1;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}
