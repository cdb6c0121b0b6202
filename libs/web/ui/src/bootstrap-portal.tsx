import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@tradeway/web/data-access';
import { createI18n } from '@tradeway/web/i18n';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { AuthGate } from './auth/AuthGate';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH, SIGN_IN_PATH } from './auth/portal-access';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { NotFoundPage } from './NotFoundPage';
import type { PortalDefinition } from './portal';

/**
 * The route tree of a portal: sign-in and password reset open to anyone; the portal's
 * pages, and a 404 page for anything else, inside the shell behind the auth gate.
 */
export function portalRoutes(portal: PortalDefinition): RouteObject[] {
  return [
    { path: SIGN_IN_PATH, element: <SignInPage kind={portal.kind} /> },
    { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage kind={portal.kind} /> },
    { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage kind={portal.kind} /> },
    {
      path: '/',
      element: (
        <AuthGate kind={portal.kind}>
          <AppShell kind={portal.kind} nav={portal.nav} />
        </AuthGate>
      ),
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
