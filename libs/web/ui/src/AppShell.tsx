import { Layout, Menu, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import type { NavItem, PortalKind } from './portal';

const { Header, Sider, Content } = Layout;

/** The frame of every page: the portal's menu on the left, its name and the language switch on top. */
export function AppShell({ kind, nav }: { kind: PortalKind; nav: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

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
            borderBottom: '1px solid #e8ecf1',
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-title">
            {t(`app.portal.${kind}`)}
          </Typography.Title>
          <LanguageSwitch />
        </Header>
        <Content style={{ padding: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
