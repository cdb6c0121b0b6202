import { Button, Flex, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Member } from '@tradeway/shared/contracts';
import { browserTimeZone, formatInstant } from '../utils/audit-filters';
import { useAdminTexts } from './texts';

/** The people of the company: roles, department, whether they can sign in, when they last did. */
export function MembersTable({
  members,
  roleName,
  departmentName,
  myUserId,
  canManage,
  loading,
  onEdit,
  onDisable,
}: {
  members: Member[];
  roleName: (id: string) => string | undefined;
  departmentName: (id: string) => string | undefined;
  myUserId: string;
  canManage: boolean;
  loading: boolean;
  onEdit: (member: Member) => void;
  onDisable: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const timeZone = browserTimeZone();
  const columns: TableColumnsType<Member> = [
    {
      title: `${t('admin.members.column.name')} / ${t('admin.members.column.email')}`,
      dataIndex: 'displayName',
      width: 300,
      render: (name: string, m) => (
        <Flex vertical>
          <Space size={6} wrap>
            <span data-testid="member-name">{name}</span>
            {m.userId === myUserId && (
              <Typography.Text type="secondary">({t('admin.common.you')})</Typography.Text>
            )}
            {m.isOwner && <Tag color="gold">{t('admin.members.ownerTag')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="member-email">
            {m.email}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('admin.members.column.role'),
      dataIndex: 'role',
      width: 120,
      render: (r: Member['role']) => texts.role(r),
    },
    {
      title: t('admin.members.column.customRoles'),
      dataIndex: 'customRoleIds',
      render: (ids: string[]) =>
        ids.length === 0 ? (
          <Typography.Text type="secondary">{t('admin.common.none')}</Typography.Text>
        ) : (
          ids.map((id) => (
            <Tag key={id} color="blue">
              {roleName(id) ?? id.slice(0, 8)}
            </Tag>
          ))
        ),
    },
    {
      title: t('admin.members.column.department'),
      dataIndex: 'departmentId',
      render: (id: string | null) =>
        id ? (
          (departmentName(id) ?? id.slice(0, 8))
        ) : (
          <Typography.Text type="secondary">{t('admin.common.none')}</Typography.Text>
        ),
    },
    {
      title: t('admin.members.column.status'),
      dataIndex: 'disabledAt',
      width: 100,
      render: (disabledAt: string | null) =>
        disabledAt ? (
          <Tooltip title={formatInstant(disabledAt, timeZone)}>
            <Tag color="default" data-testid="member-status">
              {t('admin.members.disabled')}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="green" data-testid="member-status">
            {t('admin.members.active')}
          </Tag>
        ),
    },
    {
      title: t('admin.members.column.lastSignIn'),
      dataIndex: 'lastSignInAt',
      width: 150,
      render: (at: string | null) =>
        at ? (
          <Tooltip title={formatInstant(at, timeZone)}>
            <span>{dayjs(at).fromNow()}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('admin.members.neverSignedIn')}</Typography.Text>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('admin.common.actions'),
      key: 'actions',
      width: 150,
      render: (_, m) =>
        m.disabledAt ? null : (
          <Flex gap={4}>
            <Button size="small" type="link" onClick={() => onEdit(m)}>
              {t('admin.members.edit')}
            </Button>
            {!m.isOwner && m.userId !== myUserId && (
              <Button size="small" type="link" danger onClick={() => onDisable(m)}>
                {t('admin.members.disable')}
              </Button>
            )}
          </Flex>
        ),
    });
  }
  return (
    <Table<Member>
      data-testid="members-table"
      rowKey="membershipId"
      size="middle"
      columns={columns}
      dataSource={members}
      loading={loading}
      locale={{ emptyText: t('admin.members.empty') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(m) => (m.disabledAt ? 'member-disabled' : '')}
      scroll={{ x: 1000 }}
    />
  );
}
