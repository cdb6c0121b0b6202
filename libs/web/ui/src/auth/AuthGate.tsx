import { Button, Flex, Result, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '@tradeway/web/data-access';
import type { PortalKind } from '../portal';
import { AuthLayout } from './AuthLayout';
import { gateDecision } from './portal-access';
import { SessionContext } from './session';
import { WrongCompanyPage } from './WrongCompanyPage';

/**
 * In front of every page but sign-in and password reset: nobody signed in → the sign-in
 * page (and back here after); a company of another kind → a page saying so; else the page,
 * with the session available through `useSession()`.
 */
export function AuthGate({ kind, children }: { kind: PortalKind; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const decision = gateDecision({ me: me.data, failed: me.isError, portal: kind, location });

  switch (decision.kind) {
    case 'checking':
      return (
        <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh' }}>
          <Spin size="large" />
          <Typography.Text type="secondary">{t('gate.checking')}</Typography.Text>
        </Flex>
      );
    case 'unavailable':
      return (
        <AuthLayout kind={kind} width={520}>
          <Result
            status="warning"
            title={t('health.unreachable')}
            subTitle={t('health.unreachableHint')}
            extra={
              <Button type="primary" loading={me.isFetching} onClick={() => void me.refetch()}>
                {t('gate.retry')}
              </Button>
            }
          />
        </AuthLayout>
      );
    case 'sign-in':
      return <Navigate to={decision.to} replace />;
    case 'wrong-company':
      return <WrongCompanyPage kind={kind} me={decision.me} />;
    case 'allow':
      return <SessionContext.Provider value={decision.me}>{children}</SessionContext.Provider>;
  }
}
