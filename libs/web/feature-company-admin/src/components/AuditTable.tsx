import { ApiOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@tradeway/shared/contracts';
import { AUDIT_PAGE_SIZES, type AuditFilters, formatInstant, zoneLabel } from '../utils/audit-filters';
import { AuditDiff, type AuditLookups } from './AuditDiff';
import { useAuditTexts } from './audit-texts';

const short = (id: string) => id.slice(0, 8);

/**
 * One page of the audit log: when (in the user's time zone), who, what, on which subject;
 * a row opens to show its before and after. Subjects and companies filter the log on click.
 */
export function AuditTable({
  items,
  total,
  page,
  pageSize,
  loading,
  timeZone,
  lookups,
  showCompany = false,
  onPage,
  onFilter,
}: {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  timeZone: string;
  lookups?: AuditLookups;
  showCompany?: boolean;
  onPage: (page: number, pageSize: number) => void;
  onFilter: (filters: Partial<AuditFilters>) => void;
}) {
  const { t } = useTranslation();
  const texts = useAuditTexts();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('admin.audit.column.time', { zone: zoneLabel(timeZone) }),
      dataIndex: 'at',
      width: 180,
      render: (at: string) => <span data-testid="audit-time">{formatInstant(at, timeZone)}</span>,
    },
    {
      title: t('admin.audit.column.actor'),
      key: 'actor',
      width: 140,
      render: (_, e) =>
        e.actorName ??
        (e.actorApiKeyId ? (
          <span>
            <ApiOutlined /> {t('admin.audit.actorApiKey')}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('admin.audit.actorSystem')}</Typography.Text>
        )),
    },
    {
      title: t('admin.audit.column.action'),
      dataIndex: 'action',
      render: (action: string) => {
        const name = texts.action(action);
        return (
          <Flex vertical>
            <span data-testid="audit-action">{name ?? action}</span>
            {name && (
              <Typography.Text type="secondary" code style={{ fontSize: 12, alignSelf: 'flex-start' }}>
                {action}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('admin.audit.column.subject'),
      key: 'subject',
      render: (_, e) => {
        const named = e.subjectType === 'membership' ? lookups?.membership?.(e.subjectId) : undefined;
        return (
          <Flex align="center" gap={4} wrap>
            <span>{texts.subjectType(e.subjectType)}</span>
            <Tooltip title={e.subjectId}>
              <Typography.Text type={named ? undefined : 'secondary'} code={!named}>
                {named ?? short(e.subjectId)}
              </Typography.Text>
            </Tooltip>
            <Tooltip title={t('admin.audit.filter.bySubject')}>
              <Button
                type="text"
                size="small"
                aria-label={t('admin.audit.filter.bySubject')}
                icon={<FilterOutlined />}
                onClick={(ev) => {
                  ev.stopPropagation();
                  onFilter({ subjectType: e.subjectType, subjectId: e.subjectId });
                }}
              />
            </Tooltip>
          </Flex>
        );
      },
    },
  ];
  if (showCompany) {
    columns.splice(1, 0, {
      title: t('admin.audit.column.company'),
      dataIndex: 'companyId',
      width: 130,
      render: (companyId: string | null) =>
        companyId ? (
          <Tooltip title={`${t('admin.audit.filter.byCompany')}: ${companyId}`}>
            <Button
              type="link"
              size="small"
              data-testid="audit-company"
              style={{ padding: 0 }}
              onClick={(ev) => {
                ev.stopPropagation();
                onFilter({ companyId });
              }}
            >
              <Typography.Text code>{short(companyId)}</Typography.Text>
            </Button>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('admin.common.none')}</Typography.Text>
        ),
    });
  }
  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t('admin.audit.empty') }}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (e) => (
          <div style={{ marginInlineStart: 40 }}>
            <AuditDiff before={e.before} after={e.after} timeZone={timeZone} lookups={lookups} />
          </div>
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: AUDIT_PAGE_SIZES.map(String),
        showTotal: (count) => t('admin.common.total', { count }),
        onChange: onPage,
      }}
    />
  );
}
