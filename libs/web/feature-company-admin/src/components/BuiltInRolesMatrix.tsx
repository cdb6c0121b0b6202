import { CheckOutlined } from '@ant-design/icons';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BUILT_IN_ROLES,
  type BuiltInRole,
  BUILT_IN_ROLE_PERMISSIONS,
  type Permission,
} from '@tradeway/shared/contracts';
import { groupPermissions, type PermissionArea } from '../utils/permissions';
import { useAdminTexts } from './texts';

interface Row {
  permission: Permission;
  area: PermissionArea;
  /** rows of its area this row spans in the area column (0: covered by the row above) */
  areaSpan: number;
}

/** Rows of the matrix: the permissions offered, grouped by area, each area's first row spanning it. */
export function matrixRows(permissions: readonly Permission[]): Row[] {
  return groupPermissions(permissions).flatMap(({ area, permissions: list }) =>
    list.map((permission, i) => ({ permission, area, areaSpan: i === 0 ? list.length : 0 })),
  );
}

/**
 * The built-in roles side by side (read only): a row per permission, grouped by area, a
 * column per role, a tick where the role holds it; the number of members under each role.
 */
export function BuiltInRolesMatrix({
  permissions,
  memberCounts,
}: {
  permissions: readonly Permission[];
  memberCounts?: Record<BuiltInRole, number>;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const columns: TableColumnsType<Row> = [
    {
      title: t('admin.roles.column.permission'),
      key: 'area',
      fixed: 'left',
      width: 120,
      onCell: (row) => ({ rowSpan: row.areaSpan }),
      render: (_, row) => (
        <div>
          <Typography.Text strong>{texts.area(row.area)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.area}:*
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: '',
      key: 'permission',
      fixed: 'left',
      width: 200,
      render: (_, row) => <span title={row.permission}>{texts.permission(row.permission)}</span>,
    },
    ...BUILT_IN_ROLES.map((role): TableColumnsType<Row>[number] => ({
      key: role,
      align: 'center',
      width: 90,
      title: (
        <div data-testid={`role-column-${role}`} style={{ wordBreak: 'keep-all', fontSize: 13 }}>
          <div>{texts.role(role)}</div>
          {memberCounts && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t('admin.roles.members', { count: memberCounts[role] })}
            </Typography.Text>
          )}
        </div>
      ),
      render: (_, row) =>
        BUILT_IN_ROLE_PERMISSIONS[role].includes(row.permission) ? (
          <CheckOutlined style={{ color: '#1f7a3a' }} aria-label={`${texts.role(role)}: ${row.permission}`} />
        ) : null,
    })),
  ];
  return (
    <Table<Row>
      data-testid="built-in-roles"
      rowKey="permission"
      size="small"
      bordered
      columns={columns}
      dataSource={matrixRows(permissions)}
      pagination={false}
      scroll={{ x: 1100 }}
    />
  );
}
