import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomRole } from '@tradeway/shared/contracts';
import { activeMembership, hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { BuiltInRolesMatrix } from '../components/BuiltInRolesMatrix';
import { PermissionTags } from '../components/PermissionTags';
import { RoleFormModal } from '../components/RoleFormModal';
import { useDeleteRole, useMembers, useRoles } from '../data';
import { builtInRoleCounts, pickablePermissions } from '../utils/permissions';

/** Built-in roles (read only) and the company's custom roles (create, change, delete). */
export function RolesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { modal, message } = App.useApp();
  const me = useSession();
  const canEdit = hasPermission(me, 'role:manage');
  const isOperator = activeMembership(me)?.companyKinds.includes('operator') ?? false;
  const roles = useRoles();
  const members = useMembers();
  const remove = useDeleteRole();
  const [editing, setEditing] = useState<{ role: CustomRole | null } | null>(null);
  const options = pickablePermissions({ isOperator });

  const confirmDelete = (role: CustomRole) =>
    modal.confirm({
      title: t('admin.roles.deleteConfirm', { name: role.name }),
      content: t('admin.roles.deleteHint', { count: role.memberCount }),
      okText: t('admin.common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('admin.common.cancel'),
      onOk: () =>
        remove
          .mutateAsync({ roleId: role.id })
          .then(() => void message.success(t('admin.roles.deleted')))
          .catch((e: unknown) => void message.error(errorText(e))),
    });

  const columns: TableColumnsType<CustomRole> = [
    {
      title: t('admin.roles.column.name'),
      dataIndex: 'name',
      width: 180,
      render: (n: string) => <strong>{n}</strong>,
    },
    {
      title: t('admin.roles.column.permissions'),
      dataIndex: 'permissions',
      render: (p: CustomRole['permissions']) => <PermissionTags permissions={p} />,
    },
    {
      title: t('admin.roles.column.members'),
      dataIndex: 'memberCount',
      width: 110,
      render: (count: number) => t('admin.roles.members', { count }),
    },
  ];
  if (canEdit) {
    columns.push({
      title: t('admin.common.actions'),
      key: 'actions',
      width: 140,
      render: (_, role) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => setEditing({ role })}>
            {t('admin.common.edit')}
          </Button>
          <Button size="small" type="link" danger onClick={() => confirmDelete(role)}>
            {t('admin.common.delete')}
          </Button>
        </Flex>
      ),
    });
  }

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader title={t('admin.roles.title')} hint={t('admin.roles.hint')} />
      {roles.isError && <Alert type="error" showIcon title={errorText(roles.error)} />}
      <Card
        title={t('admin.roles.custom')}
        extra={
          canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ role: null })}
              data-testid="create-role"
            >
              {t('admin.roles.create')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('admin.common.readOnly')}</Typography.Text>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('admin.roles.customHint')}</Typography.Paragraph>
        <Table<CustomRole>
          data-testid="custom-roles"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={roles.data?.custom ?? []}
          loading={roles.isPending}
          pagination={false}
          locale={{ emptyText: t('admin.roles.empty') }}
        />
      </Card>
      <Card title={t('admin.roles.builtIn')}>
        <Typography.Paragraph type="secondary">{t('admin.roles.builtInHint')}</Typography.Paragraph>
        <BuiltInRolesMatrix
          permissions={options}
          memberCounts={members.data ? builtInRoleCounts(members.data.items) : undefined}
        />
      </Card>
      {canEdit && editing && (
        <RoleFormModal open role={editing.role} options={options} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
