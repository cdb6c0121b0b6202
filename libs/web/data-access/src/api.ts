import { createTanstackQueryUtils } from '@orpc/tanstack-query';
import { type ApiClient, createApiClient } from '@tradeway/shared/contracts';

/**
 * The portals call the API on their own origin: the portal's server (Vite in development,
 * `vite preview` or a reverse proxy in production) forwards `/api` to the API.
 */
export const apiClient: ApiClient = createApiClient({ baseUrl: () => window.location.origin });

/** Query and mutation options for every route, keyed by route and input, for TanStack Query. */
export const api = createTanstackQueryUtils(apiClient);
