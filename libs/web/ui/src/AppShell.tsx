import { Divider, Flex, Layout, Menu, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { CompanySwitcher } from './auth/CompanySwitcher';
import { visibleNav } from './auth/portal-access';
import { useSession } from './auth/session';
import { UserMenu } from './auth/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';
import type { NavItem, PortalKind } from './portal';

const { Header, Sider, Content } = Layout;

/**
 * The frame of every page behind the auth gate: the portal's menu on the left (the items
 * the user's permissions allow), on top its name, the active company with the company
 * switcher, the language switch and the user menu.
 */
export function AppShell({ kind, nav: allNav }: { kind: PortalKind; nav: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useSession();
  const [collapsed, setCollapsed] = useState(false);
  const nav = visibleNav(allNav, me, kind);

  const items: MenuProps['items'] = nav.map((item) => ({
    key: item.to,
    icon: item.icon,
    label: item.external ? (
      <a href={item.to} target="_blank" rel="noreferrer">
        {t(`nav.${item.label}`)}
      </a>
    ) : (
      t(`nav.${item.label}`)
    ),
  }));
  const selected = nav
    .filter(
      (item) =>
        !item.external &&
        (item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)),
    )
    .map((item) => item.to);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={220}>
        <div
          style={{
            color: '#fff',
            fontWeight: 600,
            fontSize: collapsed ? 14 : 17,
            padding: '18px 20px',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          {collapsed ? 'TW' : t('app.name')}
        </div>
        <nav aria-label={t('nav.mainMenu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected}
            items={items}
            onClick={({ key }) => {
              const item = nav.find((n) => n.to === key);
              if (item && !item.external) void navigate(item.to);
            }}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            borderBottom: '1px solid #e8ecf1',
          }}
        >
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }} data-testid="portal-title">
            {t(`app.portal.${kind}`)}
          </Typography.Title>
          <Flex align="center" gap={4} style={{ minWidth: 0 }}>
            <CompanySwitcher kind={kind} />
            <Divider orientation="vertical" />
            <LanguageSwitch />
            <Divider orientation="vertical" />
            <UserMenu />
          </Flex>
        </Header>
        <Content style={{ padding: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
