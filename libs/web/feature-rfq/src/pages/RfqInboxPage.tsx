import { Empty, Flex, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatDay, NUMERIC, PageHeader, useCompanyName } from '@tradeway/web/ui';
import { MyQuoteTag } from '../components/RfqTags';
import { RfqSummaryList, useRfqColumns, useRfqListQuery } from '../components/RfqSummaryList';
import { useRegionName } from '../components/use-region-name';
import { useInbox } from '../data/quotes.queries';
import type { RfqSummaryView } from '../data/types';

/**
 * `/rfq-inbox`: the RFQs my company may quote — invited, or open to a category I sell in —
 * newest first, with the deadline counting down and my own quote's state; filtered (status,
 * search, quoted or not) and paged on the server with everything in the address.
 */
export function RfqInboxPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const regionName = useRegionName();
  const query = useRfqListQuery();
  const list = useInbox(query.filters, query.page);
  const column = useRfqColumns('inbox');

  const columns: TableColumnsType<RfqSummaryView> = [
    column.number,
    {
      title: t('rfq.inbox.columns.buyer'),
      key: 'buyer',
      width: 220,
      ellipsis: { showTitle: true },
      render: (_, r) => <span data-testid="rfq-buyer">{companyName(r.buyerName, r.buyerNameEn)}</span>,
    },
    column.title,
    column.deadline,
    {
      title: t('rfq.inbox.columns.delivery'),
      key: 'delivery',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span style={NUMERIC}>{formatDay(r.deliveryDate, language)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {regionName(r.deliveryRegion)}
          </Typography.Text>
        </Flex>
      ),
    },
    column.status,
    {
      title: t('rfq.inbox.columns.myQuote'),
      key: 'myQuote',
      width: 110,
      render: (_, r) => <MyQuoteTag state={r.myQuote ?? 'none'} />,
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader title={t('rfq.inbox.pageTitle')} hint={t('rfq.inbox.hint')} />
      <RfqSummaryList
        side="seller"
        list={list}
        query={query}
        columns={columns}
        empty={<Empty description={t('rfq.inbox.empty')} data-testid="rfqs-empty" />}
        emptyFiltered={t('rfq.inbox.emptyFiltered')}
        scrollX={1100}
        testId="inbox-table"
      />
    </Space>
  );
}
