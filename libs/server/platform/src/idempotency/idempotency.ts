import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Prisma } from '../database/prisma';

type Tx = Prisma.TransactionClient;

/** The request header of DESIGN.md §14 (HTTP header names are case-insensitive; Node lowers them). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** What a client may use as a key: 1–255 visible ASCII characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

const badKey = (message: string, messageZh: string) =>
  new ORPCError('IDEMPOTENCY_KEY_INVALID', {
    status: 400,
    message,
    data: {
      reason: 'IDEMPOTENCY_KEY_INVALID',
      messageZh,
      fields: [{ path: 'Idempotency-Key', message, messageZh }],
    },
  });

/**
 * The `Idempotency-Key` of a request, or null when it has none. A key that is sent but empty,
 * too long, repeated or not visible ASCII is refused (400 on the header) before anything runs.
 */
export function idempotencyKeyOf(headers: Record<string, string | string[] | undefined>): string | null {
  const raw = headers[IDEMPOTENCY_KEY_HEADER];
  if (raw === undefined) return null;
  if (Array.isArray(raw)) throw badKey('Send one Idempotency-Key', '只能发送一个 Idempotency-Key');
  const key = raw.trim();
  if (!KEY_PATTERN.test(key)) {
    throw badKey(
      'An Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID',
      'Idempotency-Key 须为 1–255 个可见 ASCII 字符，例如 UUID',
    );
  }
  return key;
}

/** JSON with object keys sorted and bigints as decimal text: equal values, equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/**
 * The fingerprint a key is bound to: the command, who calls it and the validated body
 * (defaults applied). The same key with any other fingerprint is refused.
 */
export function requestFingerprint(command: string, caller: string, body: unknown): string {
  return createHash('sha256').update(canonical({ command, caller, body })).digest('hex');
}

export interface IdempotentCommand {
  /** Who owns the key: the caller's company id (keys of different companies never meet). */
  readonly scope: string;
  /** The client's key, or null: then the command simply runs. */
  readonly key: string | null;
  readonly fingerprint: string;
}

export type IdempotentAnswer<T> =
  | { readonly replayed: false; readonly status: number; readonly body: T }
  /** The stored first answer: JSON, bigints as text; the caller parses it with its output schema. */
  | { readonly replayed: true; readonly status: number; readonly body: unknown };

/** JSON for the stored answer: bigint amounts as strings. */
function storedJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Idempotency keys for commands that create orders or move money (DESIGN.md §14, STYLE.md
 * habit 5), stored in `idempotency_keys` (unique on scope and key).
 *
 * `run` is called inside the command's own transaction, first thing: it inserts the key
 * (`ON CONFLICT DO NOTHING`), runs the command and stores its answer with the key, so the key
 * and the command's effects commit — or roll back — together:
 * - a new key: the command runs and its answer is stored;
 * - the same key with the same fingerprint: the stored first answer comes back (same body,
 *   same status), nothing runs;
 * - the same key with another fingerprint: 422 IDEMPOTENCY_KEY_REUSED on the header;
 * - two requests with one key at once: the second's insert waits on the unique index until
 *   the first commits, then finds its answer (or, if the first rolled back, runs itself).
 *   So one command, never two.
 * Failed commands store nothing (their transaction rolls back): a retry runs again, which for
 * a refusal usually gives the same refusal. Keys are kept `IDEMPOTENCY_RETENTION_HOURS`
 * (at least 24 h); an expired key is forgotten and may be used again.
 */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async run<T>(
    tx: Tx,
    command: IdempotentCommand,
    execute: () => Promise<{ status: number; body: T }>,
    now = new Date(),
  ): Promise<IdempotentAnswer<T>> {
    const { key, scope, fingerprint } = command;
    if (key === null) return { replayed: false, ...(await execute()) };
    const expiresAt = new Date(now.getTime() + this.config.IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
    // At most three rounds: a key found expired, or purged between the two statements, is
    // claimed again.
    for (let round = 0; round < 3; round++) {
      if (await this.claim(tx, scope, key, fingerprint, now, expiresAt)) {
        const answer = await execute();
        await tx.$executeRaw`
          UPDATE idempotency_keys
          SET "responseCode" = ${answer.status}, "responseBody" = ${storedJson(answer.body)}::jsonb
          WHERE scope = ${scope} AND key = ${key}`;
        return { replayed: false, ...answer };
      }
      const stored = await tx.$queryRaw<
        Array<{ requestHash: string; responseCode: number | null; responseBody: unknown; expired: boolean }>
      >`
        SELECT "requestHash", "responseCode", "responseBody", "expiresAt" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS expired
        FROM idempotency_keys WHERE scope = ${scope} AND key = ${key}`;
      const first = stored[0];
      if (!first) continue;
      if (first.expired) {
        // Kept past its time and not purged yet: forgotten, the key starts afresh.
        await tx.$executeRaw`DELETE FROM idempotency_keys WHERE scope = ${scope} AND key = ${key}`;
        continue;
      }
      if (first.requestHash !== fingerprint) {
        const message = 'This Idempotency-Key was used for a different request; use a new key';
        const messageZh = '该 Idempotency-Key 已用于另一个不同的请求，请使用新的键';
        throw new ORPCError('IDEMPOTENCY_KEY_REUSED', {
          status: 422,
          message,
          data: {
            reason: 'IDEMPOTENCY_KEY_REUSED',
            messageZh,
            fields: [{ path: 'Idempotency-Key', message, messageZh }],
          },
        });
      }
      // Only a committed key is visible to another transaction, and a key commits with its answer.
      if (first.responseCode === null)
        throw new Error(`idempotency key ${scope}/${key} has no stored answer`);
      return { replayed: true, status: first.responseCode, body: first.responseBody };
    }
    throw new Error(`idempotency key ${scope}/${key} could not be claimed`);
  }

  /** Inserts the key; false when it exists (after waiting for a transaction that is inserting it). */
  private async claim(
    tx: Tx,
    scope: string,
    key: string,
    fingerprint: string,
    now: Date,
    expiresAt: Date,
  ): Promise<boolean> {
    const inserted = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO idempotency_keys (id, scope, key, "requestHash", "createdAt", "expiresAt")
      VALUES (gen_random_uuid(), ${scope}, ${key}, ${fingerprint},
              ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC',
              ${expiresAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT (scope, key) DO NOTHING
      RETURNING id`;
    return inserted.length === 1;
  }
}
