import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '@tradeway/shared/contracts';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { DepartmentFormModal } from '../components/DepartmentFormModal';
import { useDepartments } from '../data';

/** Departments (cost centres) with their budget codes: list, add, rename. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useSession();
  const canEdit = hasPermission(me, 'department:manage');
  const departments = useDepartments();
  const [editing, setEditing] = useState<{ department: Department | null } | null>(null);

  const columns: TableColumnsType<Department> = [
    { title: t('admin.departments.column.name'), dataIndex: 'name' },
    {
      title: t('admin.departments.column.budgetCode'),
      dataIndex: 'budgetCode',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('admin.departments.column.members'),
      dataIndex: 'memberCount',
      width: 120,
      render: (count: number) => t('admin.roles.members', { count }),
    },
  ];
  if (canEdit) {
    columns.push({
      title: t('admin.common.actions'),
      key: 'actions',
      width: 120,
      render: (_, department) => (
        <Button size="small" type="link" onClick={() => setEditing({ department })}>
          {t('admin.departments.rename')}
        </Button>
      ),
    });
  }
  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1080 }}>
      <PageHeader
        title={t('admin.departments.title')}
        hint={t('admin.departments.hint')}
        extra={
          canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ department: null })}
              data-testid="create-department"
            >
              {t('admin.departments.create')}
            </Button>
          )
        }
      />
      <Card>
        {departments.isError && (
          <Alert type="error" showIcon title={errorText(departments.error)} style={{ marginBottom: 16 }} />
        )}
        <Table<Department>
          data-testid="departments-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={departments.data?.items ?? []}
          loading={departments.isPending}
          pagination={false}
          locale={{ emptyText: t('admin.departments.empty') }}
        />
      </Card>
      {canEdit && editing && (
        <DepartmentFormModal open department={editing.department} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
