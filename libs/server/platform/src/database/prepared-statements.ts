import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Marks a hand-written statement as worth preparing once per connection: write this comment
 * literally as the start of a `$queryRaw` / `$executeRaw` template. Unmarked statements are
 * parsed and planned on every call; planning was most of PostgreSQL's time on the hottest
 * paths (the session check, the quote context), see docs/decisions/0010.
 * Only fixed texts may carry it: each distinct text stays prepared on every connection.
 */
export const PREPARE_MARKER = '/* prepare */';

type QueryConfigLike = { text?: unknown; name?: unknown };

/** A node-postgres client that turns marked statements into named prepared statements. */
export class PreparingClient extends pg.Client {
  private static readonly names = new Map<string, string>();

  override query(...args: unknown[]): never {
    const [config] = args;
    if (config && typeof config === 'object') {
      const c = config as QueryConfigLike;
      if (
        typeof c.text === 'string' &&
        c.name === undefined &&
        c.text.trimStart().startsWith(PREPARE_MARKER)
      ) {
        args[0] = { ...(config as object), name: PreparingClient.nameOf(c.text) };
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  private static nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = 'tw_' + createHash('sha1').update(text).digest('hex').slice(0, 20);
      this.names.set(text, name);
    }
    return name;
  }
}
