import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me } from '@tradeway/shared/contracts';
import { createQueryClient, ME_QUERY_KEY } from '@tradeway/web/data-access';
import { createI18n, type Language } from '@tradeway/web/i18n';
import { AppProviders } from '../AppProviders';
import { portalRoutes } from '../bootstrap-portal';
import type { PortalDefinition } from '../portal';

export interface RenderPortalOptions {
  language?: Language;
  /**
   * Who is signed in, as the API would answer `GET /api/auth/me` (see `testMe`); `null`:
   * nobody. Left out, the portal asks the API, which tests cannot reach.
   */
  me?: Me | null;
}

/** Renders a whole portal at `path`, as `bootstrapPortal` would, with an in-memory router. */
export function renderPortal(
  portal: PortalDefinition,
  path: string,
  { language = 'zh-CN', me }: RenderPortalOptions = {},
) {
  const router = createMemoryRouter(portalRoutes(portal), { initialEntries: [path] });
  const queryClient = createQueryClient();
  if (me !== undefined) queryClient.setQueryData(ME_QUERY_KEY, me);
  const result = render(
    <AppProviders i18n={createI18n({ language })} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, queryClient, ...result };
}
