import { createORPCClient } from '@orpc/client';
import type { ContractRouterClient } from '@orpc/contract';
import type { JsonifiedClient } from '@orpc/openapi-client';
import { OpenAPILink } from '@orpc/openapi-client/fetch';
import { createTanstackQueryUtils } from '@orpc/tanstack-query';
import { contract, type Contract } from '@tradeway/shared/contracts';

/** What a call of {@link idempotentClient} may carry: the `Idempotency-Key` of the command. */
export interface IdempotentContext {
  idempotencyKey?: string;
}

/**
 * The same routes as `apiClient`, for commands that take an `Idempotency-Key` header (placing
 * an order, later money commands). The shared `createApiClient` has per-client headers only;
 * this client reads the key from the call's context, so one form sends one key however often
 * it is submitted: `idempotentClient.orders.place(input, { context: { idempotencyKey } })`.
 */
export const idempotentClient: JsonifiedClient<ContractRouterClient<Contract, IdempotentContext>> =
  createORPCClient(
    new OpenAPILink<IdempotentContext>(contract, {
      url: () => window.location.origin,
      headers: ({ context }) => (context.idempotencyKey ? { 'Idempotency-Key': context.idempotencyKey } : {}),
    }),
  );

/** TanStack Query options for {@link idempotentClient}: `mutationOptions({ context: { idempotencyKey } })`. */
export const idempotentApi = createTanstackQueryUtils(idempotentClient);

/** A fresh key for one form: a UUID (v4), from `crypto.randomUUID` where the page may use it. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
