import { DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from './ChangePasswordModal';
import { useSession } from './session';
import { useSignOutAndLeave } from './use-sign-out';

/** The signed-in user: their name, and a menu to change the password or sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const { leave } = useSignOutAndLeave();
  const [changing, setChanging] = useState(false);

  const items: MenuProps['items'] = [
    {
      type: 'group',
      key: 'account',
      label: me.user.email,
      children: [
        { key: 'password', icon: <LockOutlined />, label: t('account.changePassword') },
        { key: 'sign-out', icon: <LogoutOutlined />, label: t('account.signOut') },
      ],
    },
  ];
  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'sign-out') void leave();
  };

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: handleClick }}>
        <Button type="text" data-testid="user-menu" aria-label={t('account.menu')}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1554ad' }} />
          <span data-testid="user-name">{me.user.displayName}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
