/**
 * The driver adapter that Prisma's CLI (migrate dev/deploy/status/diff) uses on this
 * machine, where no engine binary can be downloaded: Prisma 6.19.3's WebAssembly schema
 * engine over `@prisma/adapter-pg`. It carries the three work-arounds of TOOLCHAIN.md:
 *
 * 1. introspection reads catalog columns of type `"char"` (OID 18) and `name` (OID 19),
 *    which the engine cannot decode (prisma/orm#27403): we report them as `text` (OID 25);
 * 2. the shadow database is derived as `{ ...config, database }`: with a connection string
 *    the string wins and the "shadow" would be the main database, so we pass discrete fields;
 * 3. the engine drops the shadow database while the pool still holds idle connections: the
 *    pool closes idle clients after 20 ms and we delay that DROP by 200 ms;
 * 4. adapter-pg runs a migration script by splitting it at every `;`, which cuts a PL/pgSQL
 *    function body (`$$ … ; … $$`) apart: we send the script whole (PostgreSQL's simple
 *    query protocol runs several statements in one round trip).
 *
 * Only the CLI uses this; the runtime client needs none of it.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const TEXT_OID = 25;
const UNDECODABLE_OIDS = new Set([18, 19]);
const SHADOW_DROP = /^\s*DROP\s+DATABASE\s+(IF\s+EXISTS\s+)?"?prisma_migrate_shadow_db_/i;

type FieldLike = { dataTypeID: number };
type ResultLike = { fields?: FieldLike[] } | Array<{ fields?: FieldLike[] }>;

function rewriteFieldTypes<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as Array<{ fields?: FieldLike[] }>;
  for (const r of results) {
    for (const f of r?.fields ?? []) {
      if (UNDECODABLE_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function queryText(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first) return String((first as { text: unknown }).text);
  return '';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pg.Client whose `query` applies work-arounds 1 and 3, in promise and callback form. */
export class MigrationClient extends pg.Client {
  // pg's typings overload `query` many ways; we wrap every form.
  override query(...args: unknown[]): never {
    const callback =
      typeof args[args.length - 1] === 'function'
        ? (args.pop() as (e: Error | null, r?: ResultLike) => void)
        : undefined;
    const delay = SHADOW_DROP.test(queryText(args)) ? sleep(200) : Promise.resolve();
    const run = delay
      .then(() => (super.query as (...a: unknown[]) => Promise<ResultLike>).apply(this, args))
      .then(rewriteFieldTypes);
    if (callback) {
      run.then(
        (r) => callback(null, r),
        (e: Error) => callback(e),
      );
      return undefined as never;
    }
    return run as never;
  }
}

type ScriptRunner = { executeScript(script: string): Promise<void> };

/** Work-around 4 on one connected adapter. */
function wholeScripts<T extends ScriptRunner>(adapter: T): T {
  const inner = adapter as unknown as ScriptRunner & { client: pg.Pool; onError(e: unknown): never };
  inner.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (e) {
      inner.onError(e);
    }
  };
  return adapter;
}

export function migrationAdapter(databaseUrl: string): PrismaPg {
  const factory = createFactory(databaseUrl);
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  factory.connectToShadowDb = async () => wholeScripts(await connectToShadowDb());
  return factory;
}

function createFactory(databaseUrl: string): PrismaPg {
  const url = new URL(databaseUrl);
  return new PrismaPg({
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || 'postgres',
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    idleTimeoutMillis: 20,
    Client: MigrationClient as unknown as typeof pg.Client,
  });
}
