import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { formatDay, hasPermission, NUMERIC, PageHeader, useSession } from '@tradeway/web/ui';
import { RfqSummaryList, useRfqColumns, useRfqListQuery } from '../components/RfqSummaryList';
import { useRfqs } from '../data/rfqs.queries';
import type { RfqSummaryView } from '../data/types';
import { NEW_RFQ_PATH } from '../paths';

/**
 * `/rfqs`: my company's RFQs (询价), newest first, filtered and paged on the server with
 * everything in the address; the deadline counts down; a sealed RFQ shows no quote count
 * before its deadline. A row opens the RFQ.
 */
export function RfqListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const me = useSession();
  const query = useRfqListQuery();
  const list = useRfqs(query.filters, query.page);
  const canCreate = hasPermission(me, 'rfq:create');
  const column = useRfqColumns('list');

  const columns: TableColumnsType<RfqSummaryView> = [
    column.number,
    column.title,
    column.status,
    column.deadline,
    {
      title: t('rfq.list.columns.delivery'),
      dataIndex: 'deliveryDate',
      width: 130,
      render: (d: string) => <span style={NUMERIC}>{formatDay(d, language)}</span>,
    },
    {
      title: t('rfq.list.columns.items'),
      dataIndex: 'itemCount',
      width: 80,
      align: 'right',
      render: (n: number) => <span style={NUMERIC}>{n}</span>,
    },
    {
      title: t('rfq.list.columns.quotes'),
      key: 'quotes',
      width: 100,
      align: 'right',
      render: (_, r) =>
        r.quoteCount === null ? (
          <Typography.Text type="secondary" data-testid="rfq-quotes">
            {r.status === 'draft' || r.status === 'pending_approval'
              ? t('rfq.common.none')
              : t('rfq.common.sealed')}
          </Typography.Text>
        ) : (
          <span style={NUMERIC} data-testid="rfq-quotes">
            {r.quoteCount}
          </span>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={t('rfq.list.pageTitle')}
        hint={t('rfq.list.hint')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(NEW_RFQ_PATH)}
              data-testid="new-rfq"
            >
              {t('rfq.list.new')}
            </Button>
          )
        }
      />
      <RfqSummaryList
        side="buyer"
        list={list}
        query={query}
        columns={columns}
        empty={
          <Empty description={t('rfq.list.empty')} data-testid="rfqs-empty">
            {canCreate && (
              <Button type="primary" onClick={() => void navigate(NEW_RFQ_PATH)} data-testid="empty-new-rfq">
                {t('rfq.list.new')}
              </Button>
            )}
          </Empty>
        }
        emptyFiltered={t('rfq.list.emptyFiltered')}
        scrollX={1000}
        testId="rfqs-table"
      />
    </Space>
  );
}
