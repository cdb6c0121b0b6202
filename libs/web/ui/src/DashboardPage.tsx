import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activeMembership } from './auth/portal-access';
import { useSession } from './auth/session';
import { HealthPanel } from './HealthPanel';
import type { PortalKind } from './portal';

/** A portal's first page: what the portal is for, its own cards, and the platform's status. */
export function DashboardPage({ kind, children }: { kind: PortalKind; children?: ReactNode }) {
  const { t } = useTranslation();
  const kinds = activeMembership(useSession())?.companyKinds ?? [];
  // A guest company (a logistics company in the seller portal) is told what the portal is for it.
  const welcome = !kinds.includes(kind) && kinds.includes('logistics') ? 'logistics' : kind;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1100 }}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(`dashboard.welcome.${welcome}`)}
        </Typography.Paragraph>
      </div>
      {children}
      <HealthPanel />
    </Space>
  );
}
