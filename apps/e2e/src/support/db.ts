import pg from 'pg';

/** The database the journeys' API runs on (playwright.config.ts gives it the same URL). */
const DATABASE_URL =
  process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';

/**
 * One statement on the journeys' database, for what no user can do and a journey must not wait
 * for: time passing (a deadline an hour ahead moved into the past). Never for what the journey
 * shows.
 */
export async function sql<T extends Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
