import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@tradeway/web/data-access';
import { createI18n, type Language } from '@tradeway/web/i18n';
import { AppProviders } from '../AppProviders';
import { portalRoutes } from '../bootstrap-portal';
import type { PortalDefinition } from '../portal';

/** Renders a whole portal at `path`, as `bootstrapPortal` would, with an in-memory router. */
export function renderPortal(portal: PortalDefinition, path: string, language: Language = 'zh-CN') {
  const router = createMemoryRouter(portalRoutes(portal), { initialEntries: [path] });
  const result = render(
    <AppProviders i18n={createI18n({ language })} queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, ...result };
}
