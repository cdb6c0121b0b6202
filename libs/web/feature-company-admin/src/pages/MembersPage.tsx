import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@tradeway/shared/contracts';
import { activeMembership, hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { DisableMemberModal } from '../components/DisableMemberModal';
import { EditMemberDrawer } from '../components/EditMemberDrawer';
import { InviteMemberModal } from '../components/InviteMemberModal';
import { MembersTable } from '../components/MembersTable';
import { useDepartments, useMembers, useRoles } from '../data';

/** Members whose name or email contains the text (case-insensitive); disabled ones only when asked. */
export function filterMembers(members: readonly Member[], text: string, showDisabled: boolean): Member[] {
  const q = text.trim().toLowerCase();
  return members.filter(
    (m) =>
      (showDisabled || !m.disabledAt) &&
      (!q || m.displayName.toLowerCase().includes(q) || m.email.toLowerCase().includes(q)),
  );
}

/** Members of the active company: invite, change roles and department, disable with hand-over. */
export function MembersPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useSession();
  const canManage = hasPermission(me, 'user:manage');
  const members = useMembers();
  const roles = useRoles();
  const departments = useDepartments({ enabled: hasPermission(me, 'company:view') });
  const [search, setSearch] = useState('');
  const [showDisabled, setShowDisabled] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [disabling, setDisabling] = useState<Member | null>(null);

  const all = useMemo(() => members.data?.items ?? [], [members.data]);
  const customRoles = roles.data?.custom ?? [];
  const departmentList = departments.data?.items ?? [];
  const roleNames = useMemo(() => new Map(roles.data?.custom.map((r) => [r.id, r.name])), [roles.data]);
  const departmentNames = useMemo(
    () => new Map(departments.data?.items.map((d) => [d.id, d.name])),
    [departments.data],
  );
  const disabledCount = all.filter((m) => m.disabledAt).length;

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('admin.members.title')}
        hint={t('admin.members.hint', { company: activeMembership(me)?.companyName ?? '' })}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setInviting(true)}
              data-testid="invite-member"
            >
              {t('admin.members.invite')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={16} align="center" wrap>
            <Input.Search
              allowClear
              aria-label={t('admin.members.search')}
              placeholder={t('admin.members.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ maxWidth: 320 }}
            />
            <Flex gap={8} align="center">
              <Switch size="small" checked={showDisabled} onChange={setShowDisabled} id="show-disabled" />
              <label htmlFor="show-disabled">
                {t('admin.members.showDisabled')}
                {disabledCount > 0 && <Typography.Text type="secondary"> ({disabledCount})</Typography.Text>}
              </label>
            </Flex>
          </Flex>
          {members.isError && <Alert type="error" showIcon title={errorText(members.error)} />}
          <MembersTable
            members={filterMembers(all, search, showDisabled)}
            roleName={(id) => roleNames.get(id)}
            departmentName={(id) => departmentNames.get(id)}
            myUserId={me.user.id}
            canManage={canManage}
            loading={members.isPending}
            onEdit={setEditing}
            onDisable={setDisabling}
          />
        </Flex>
      </Card>
      {canManage && (
        <>
          <InviteMemberModal
            open={inviting}
            roles={customRoles}
            departments={departmentList}
            onClose={() => setInviting(false)}
          />
          <EditMemberDrawer
            member={editing}
            roles={customRoles}
            departments={departmentList}
            onClose={() => setEditing(null)}
          />
          <DisableMemberModal member={disabling} members={all} onClose={() => setDisabling(null)} />
        </>
      )}
    </Flex>
  );
}
