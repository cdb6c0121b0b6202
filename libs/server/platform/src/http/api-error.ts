import { ORPCError, ValidationError } from '@orpc/server';
import { issuePath, type FieldError } from '@tradeway/shared/contracts';
import { Prisma } from '../database/prisma';

/**
 * Maps what a handler throws to the API's error shape, in one place:
 * - input validation → 400 with every field at fault (`data.fields[].path`);
 * - Prisma unique violation → 409, record not found → 404, foreign key → 400;
 * - expected `ORPCError`s pass through; anything else stays a 500 (a bug, logged).
 */
export function toApiError(error: unknown): unknown {
  if (error instanceof ORPCError && error.code === 'BAD_REQUEST' && error.cause instanceof ValidationError) {
    const fields: FieldError[] = error.cause.issues.map((i) => ({
      path: issuePath(i.path),
      message: i.message,
    }));
    return new ORPCError('BAD_REQUEST', {
      status: 400,
      message: 'Invalid input',
      data: { fields },
      cause: error.cause,
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const fields = conflictingFields(error.meta).map((path) => ({ path, message: 'conflicts' }));
    switch (error.code) {
      case 'P2002':
        return new ORPCError('CONFLICT', {
          status: 409,
          message: 'Already exists',
          data: { fields },
          cause: error,
        });
      case 'P2025':
        return new ORPCError('NOT_FOUND', { status: 404, message: 'Not found', cause: error });
      case 'P2003':
        return new ORPCError('BAD_REQUEST', {
          status: 400,
          message: 'Refers to something that does not exist',
          data: { fields },
          cause: error,
        });
    }
  }
  return error;
}

/**
 * The columns of a violated unique or foreign key, from either error shape: the classic
 * engine's `meta.target`, or the driver adapter's `meta.driverAdapterError.cause.constraint`
 * (quoted names). The company id that scopes most unique keys is not the user's field.
 */
export function conflictingFields(meta: Record<string, unknown> | undefined): string[] {
  const target = (meta?.['target'] ?? meta?.['field_name']) as string[] | string | undefined;
  const adapter = (
    meta?.['driverAdapterError'] as { cause?: { constraint?: { fields?: string[] } } } | undefined
  )?.cause?.constraint?.fields;
  const names = Array.isArray(target) ? target : target ? [target] : (adapter ?? []);
  const clean = names.map((n) => n.replace(/^"|"$/g, ''));
  const own = clean.filter((n) => n !== 'companyId');
  return own.length ? own : clean;
}

/** A typed refusal of a domain (code, status, both messages, the field at fault, the figures named). */
export interface DomainRefusal {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly messageZh: string;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * A domain's refusal as the API's 4xx, in the one shape every context answers:
 * `{ code, status, message, data: { reason, messageZh, params?, fields: [{ path, message, messageZh }] } }`.
 */
export function refusalToOrpc(r: DomainRefusal): ORPCError<string, unknown> {
  return new ORPCError(r.code, {
    status: r.status,
    message: r.message,
    data: {
      reason: r.code,
      messageZh: r.messageZh,
      ...(r.params ? { params: r.params } : {}),
      fields: r.field ? [{ path: r.field, message: r.message, messageZh: r.messageZh }] : [],
    },
  });
}

/** What the caller may not see does not exist (DESIGN.md §2): 404. */
export function notFoundError(what: string, field?: string): ORPCError<string, unknown> {
  const message = `${what} not found`;
  return new ORPCError('NOT_FOUND', {
    status: 404,
    message,
    ...(field ? { data: { fields: [{ path: field, message }] } } : {}),
  });
}
