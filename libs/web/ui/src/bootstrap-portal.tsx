import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@tradeway/web/data-access';
import { createI18n } from '@tradeway/web/i18n';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import type { PortalDefinition } from './portal';

/** The route tree of a portal: its pages inside the shell, and a 404 page for anything else. */
export function portalRoutes(portal: PortalDefinition): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppShell kind={portal.kind} nav={portal.nav} />,
      children: [...portal.routes, { path: '*', element: <NotFoundPage /> }],
    },
  ];
}

/** Mounts a portal on `#root`: translations, query cache, component kit, router. */
export function bootstrapPortal(portal: PortalDefinition): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const router = createBrowserRouter(portalRoutes(portal));
  createRoot(root).render(
    <StrictMode>
      <AppProviders i18n={createI18n()} queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
