import { Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../LanguageSwitch';
import type { PortalKind } from '../portal';

/**
 * The frame of the pages outside the shell (sign-in, password reset, wrong company): the
 * platform and portal names, the language switch, and one card in the middle.
 */
export function AuthLayout({
  kind,
  title,
  width = 420,
  children,
}: {
  kind: PortalKind;
  title?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Layout
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(180deg, #0f2a4d 0, #0f2a4d 240px, #f0f3f7 240px)',
      }}
    >
      <Flex justify="space-between" align="center" style={{ padding: '16px 32px' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Flex justify="center" style={{ padding: '48px 16px' }}>
        <Card style={{ width, maxWidth: '100%', boxShadow: '0 6px 24px rgba(15, 42, 77, 0.12)' }}>
          <Typography.Text type="secondary" data-testid="auth-portal-title">
            {t(`app.portal.${kind}`)}
          </Typography.Text>
          {title && (
            <Typography.Title level={3} style={{ marginTop: 4, marginBottom: 24 }}>
              {title}
            </Typography.Title>
          )}
          {children}
        </Card>
      </Flex>
    </Layout>
  );
}
