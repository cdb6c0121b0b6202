import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_ROLES, type BuiltInRole } from '@tradeway/shared/contracts';
import { auditDiff, type DiffChange, type DiffRow, isIsoInstant, listDelta } from '../utils/audit-diff';
import { formatInstant } from '../utils/audit-filters';
import { isPermission } from '../utils/permissions';
import { useAuditTexts } from './audit-texts';
import { useAdminTexts } from './texts';

/** Names for the ids an audit entry holds, where the page knows them. */
export interface AuditLookups {
  role?: (id: string) => string | undefined;
  department?: (id: string) => string | undefined;
  user?: (id: string) => string | undefined;
  membership?: (id: string) => string | undefined;
}

const CHANGE_COLOR: Record<Exclude<DiffChange, 'same'>, string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
};

const isBuiltInRole = (v: unknown): v is BuiltInRole =>
  typeof v === 'string' && (BUILT_IN_ROLES as readonly string[]).includes(v);

/** An audit entry's before and after, field by field, what changed marked. */
export function AuditDiff({
  before,
  after,
  timeZone,
  lookups = {},
}: {
  before: unknown;
  after: unknown;
  timeZone: string;
  lookups?: AuditLookups;
}) {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const auditTexts = useAuditTexts();
  const rows = auditDiff(before, after);
  if (rows.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="audit-diff-empty">
        {t('admin.audit.diff.nothing')}
      </Typography.Text>
    );
  }

  /** One item of a value, named where possible. */
  const item = (field: string, v: unknown): string => {
    if (v === null || v === undefined) return t('admin.common.none');
    if (typeof v === 'string') {
      if (field === 'role' && isBuiltInRole(v)) return texts.role(v);
      if (field === 'customRoleIds') return lookups.role?.(v) ?? v;
      if (field === 'departmentId') return lookups.department?.(v) ?? v;
      if (field === 'reassignedTo') return lookups.user?.(v) ?? v;
      if (field === 'permissions' && isPermission(v)) return texts.permission(v);
      if (isIsoInstant(v)) return formatInstant(v, timeZone);
      return v;
    }
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  };

  const value = (row: DiffRow, side: 'before' | 'after'): ReactNode => {
    const v = row[side];
    const field = row.path.split('.')[0] as string;
    if (Array.isArray(v)) {
      const delta = listDelta(row.before, row.after);
      if (v.length === 0) return <Typography.Text type="secondary">{t('admin.common.none')}</Typography.Text>;
      return v.map((x, i) => {
        const marked =
          side === 'after'
            ? delta?.added.includes(x)
            : side === 'before'
              ? delta?.removed.includes(x)
              : false;
        return (
          <Tag
            key={i}
            color={marked ? (side === 'after' ? 'green' : 'red') : undefined}
            style={marked && side === 'before' ? { textDecoration: 'line-through' } : undefined}
            data-marked={marked ? side : undefined}
          >
            {item(field, x)}
          </Tag>
        );
      });
    }
    if (v === null) return <Typography.Text type="secondary">{t('admin.common.none')}</Typography.Text>;
    return item(field, v);
  };

  const columns: TableColumnsType<DiffRow> = [
    {
      title: t('admin.audit.diff.field'),
      dataIndex: 'path',
      width: 200,
      render: (path: string, row) => (
        <span>
          {auditTexts.field(path) || t('admin.common.none')}
          {row.change !== 'same' && (
            <Tag color={CHANGE_COLOR[row.change]} style={{ marginInlineStart: 8 }}>
              {t(`admin.audit.diff.${row.change}`)}
            </Tag>
          )}
        </span>
      ),
    },
    { title: t('admin.audit.diff.before'), key: 'before', render: (_, row) => value(row, 'before') },
    { title: t('admin.audit.diff.after'), key: 'after', render: (_, row) => value(row, 'after') },
  ];
  return (
    <Table<DiffRow>
      data-testid="audit-diff"
      size="small"
      rowKey="path"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowClassName={(row) => `audit-diff-${row.change}`}
      onRow={(row) => ({ 'data-change': row.change }) as HTMLAttributes<HTMLElement>}
      style={{ maxWidth: 900 }}
    />
  );
}
