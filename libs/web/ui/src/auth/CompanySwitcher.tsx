import { BankOutlined, CheckOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, type MenuProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalKind } from '../portal';
import { useCompanyName } from '../use-company-name';
import { activeMembership, fitsPortal } from './portal-access';
import { useSession } from './session';
import { useSwitchTo } from './use-switch-to';

const NAME_STYLE = { maxWidth: 280 } as const;

/**
 * The company the user acts for; with several memberships, a menu to switch. Companies of
 * another kind than the portal's are listed but cannot be chosen here.
 */
export function CompanySwitcher({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const me = useSession();
  const { switchTo, pending } = useSwitchTo();
  const active = activeMembership(me);
  const nameOf = useCompanyName();
  // English names where the company gave one
  const label = (m: { companyName: string; companyNameEn: string | null }) =>
    nameOf(m.companyName, m.companyNameEn);
  const name = (
    <Typography.Text ellipsis={{ tooltip: true }} style={NAME_STYLE} data-testid="active-company">
      {active ? label(active) : null}
    </Typography.Text>
  );

  if (me.memberships.length < 2) {
    return (
      <Flex align="center" gap={8} aria-label={t('account.company')}>
        <BankOutlined />
        {name}
      </Flex>
    );
  }

  const items: MenuProps['items'] = [
    {
      type: 'group',
      key: 'companies',
      label: t('account.switchCompany'),
      children: me.memberships.map((m) => {
        const fits = fitsPortal(m, kind);
        return {
          key: m.companyId,
          disabled: !fits,
          icon: (
            <CheckOutlined
              style={{ visibility: m.companyId === me.activeCompanyId ? 'visible' : 'hidden' }}
            />
          ),
          label: (
            <Flex align="center" gap={8} justify="space-between">
              <span>{label(m)}</span>
              <span>
                {m.companyKinds.map((k) => (
                  <Tag key={k} variant="filled" style={{ marginInlineEnd: 0, marginInlineStart: 4 }}>
                    {t(`companyKind.${k}`)}
                  </Tag>
                ))}
                {!fits && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                    {t('account.otherPortal')}
                  </Typography.Text>
                )}
              </span>
            </Flex>
          ),
        };
      }),
    },
  ];

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [me.activeCompanyId],
        onClick: ({ key }) => void switchTo(me, key),
      }}
    >
      <Button
        type="text"
        loading={pending}
        data-testid="company-switcher"
        aria-label={t('account.switchCompany')}
      >
        <BankOutlined />
        {name}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
