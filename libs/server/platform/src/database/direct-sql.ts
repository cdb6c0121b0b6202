import pg from 'pg';
import { Prisma } from '../generated/prisma/client';
import { PreparingClient } from './prepared-statements';

/**
 * What a hand-written statement needs from its runner: Prisma's client and transaction client
 * have it, and so has {@link DirectSql}. A repository method that only runs SQL takes this, so the
 * hot paths can run it without Prisma and the rest with it.
 */
export interface RawSql {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

/** `timestamp` (without time zone) is stored in UTC, as Prisma writes and reads it. */
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);

// text[] (1009), read element by element for the arrays below
const textArray = (pg.types.getTypeParser as (oid: number) => (text: string) => Array<string | null>)(1009);
const each =
  (parse: (text: string) => unknown) =>
  (text: string): unknown[] =>
    textArray(text).map((v) => (v === null ? null : parse(v)));
const decimal = (text: string) => new Prisma.Decimal(text);

/**
 * Columns parsed as Prisma's `$queryRaw` returns them, so a row is the same from either runner;
 * built once (node-postgres asks for a parser per column of every result).
 */
const parsers = new Map<number, (text: string) => unknown>([
  [20, BigInt], // int8
  [1016, each(BigInt)], // int8[]
  [1700, decimal], // numeric
  [1231, each(decimal)], // numeric[]
  [1114, utcTimestamp], // timestamp
  [1115, each(utcTimestamp)], // timestamp[]
  [1082, utcDate], // date
]);

const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    (format === undefined || format === 'text' ? parsers.get(oid) : undefined) ??
    (pg.types.getTypeParser as (oid: number, format: string) => unknown)(oid, format ?? 'text'),
};

/** A parameter as Prisma sends it: instants in UTC, decimals as their text. */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (Array.isArray(value)) return value.map(parameter);
  return value;
}

/** The text and parameters of a tagged template (nested `Prisma.sql` fragments are flattened). */
function statementOf(strings: TemplateStringsArray, values: unknown[]) {
  const sql = new Prisma.Sql(strings, values as Prisma.Sql['values']);
  return { text: sql.text, values: sql.values.map(parameter) };
}

/** One connection's runner (inside a transaction). */
class ConnectionSql implements RawSql {
  constructor(private readonly client: pg.PoolClient) {}

  async $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> {
    return (await this.client.query(statementOf(query, values))).rows as T;
  }
}

/**
 * node-postgres without Prisma, for the few statements that run on every request or hundreds of
 * times a second (the session check, the bid and join desks): Prisma's client spends 0.3–0.4 ms
 * of CPU on a raw statement and over 1 ms on a small interactive transaction, node-postgres a
 * fifth of that (docs/decisions/0024). Same SQL, same rows (see `RawSql`), its own small pool;
 * statements marked `/* prepare *\/` are prepared once per connection as with Prisma.
 */
export class DirectSql implements RawSql {
  private readonly pool: pg.Pool;

  constructor(connectionString: string, options: { poolSize?: number } = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? 10,
      Client: PreparingClient,
      types,
      // idle connections do not keep a process (a test, a script) alive
      allowExitOnIdle: true,
    });
    // an idle connection that breaks is replaced on the next checkout; it must not crash the process
    this.pool.on('error', () => undefined);
  }

  async $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> {
    return (await this.pool.query(statementOf(query, values))).rows as T;
  }

  /** Runs `fn` in a transaction on one connection: committed when it resolves, rolled back when it throws. */
  async transaction<T>(fn: (tx: RawSql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(new ConnectionSql(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw e;
      }
    } finally {
      // a connection whose rollback failed is closed, not handed to the next caller
      client.release(broken);
    }
  }

  private ended: Promise<void> | null = null;

  end(): Promise<void> {
    this.ended ??= this.pool.end();
    return this.ended;
  }
}
