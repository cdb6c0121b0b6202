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
