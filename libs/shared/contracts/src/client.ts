import { createORPCClient } from '@orpc/client';
import type { ContractRouterClient } from '@orpc/contract';
import type { JsonifiedClient } from '@orpc/openapi-client';
import { OpenAPILink } from '@orpc/openapi-client/fetch';
import { contract, type Contract } from './router';

/** The typed API client: every route of the contract, with request and response types from its schemas. */
export type ApiClient = JsonifiedClient<ContractRouterClient<Contract>>;

export interface ApiClientOptions {
  /**
   * Origin of the API, e.g. `http://127.0.0.1:3000`. A portal passes its own origin: its
   * server proxies `/api` to the API, so cookies stay first-party.
   */
  baseUrl: string | (() => string);
  /** Extra headers per request (an API key for machine clients, a request id in tests). */
  headers?: () => Record<string, string>;
}

/** One client for portals, tests and scripts, speaking the same OpenAPI routes the API serves. */
export function createApiClient({ baseUrl, headers }: ApiClientOptions): ApiClient {
  const link = new OpenAPILink(contract, {
    url: () => (typeof baseUrl === 'function' ? baseUrl() : baseUrl),
    headers: () => headers?.() ?? {},
  });
  return createORPCClient(link);
}
