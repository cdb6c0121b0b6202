import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Space,
  Table,
  Typography,
  type TableColumnsType,
  type TableColumnType,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useErrorText } from '@tradeway/web/ui';
import type { RfqStatus, RfqSummaryView } from '../data/types';
import { rfqPath } from '../paths';
import { hasFilters, PAGE_SIZE, readRfqQuery, type RfqFilters, writeRfqQuery } from '../utils/rfq-query';
import { Deadline } from './Deadline';
import { RfqFilterBar } from './RfqFilterBar';
import { RfqStatusTag, SealedIcon } from './RfqTags';

/** The filters and page of an RFQ list, kept in the address; a change of filters goes back to page 1. */
export function useRfqListQuery() {
  const [params, setParams] = useSearchParams();
  const { filters, page } = readRfqQuery(params);
  const setQuery = (next: RfqFilters, nextPage = 1) => setParams(writeRfqQuery(next, nextPage));
  return { filters, page, setQuery };
}

type RfqColumn = TableColumnType<RfqSummaryView>;

/**
 * The columns both lists of RFQs show, headed by the list's own texts (`rfq.list` for the
 * buyer's RFQs, `rfq.inbox` for the seller's inbox): the number (a link), the title with the
 * sealed padlock, the status and the deadline counting down.
 */
export function useRfqColumns(
  texts: 'list' | 'inbox',
): Record<'number' | 'title' | 'status' | 'deadline', RfqColumn> {
  const { t } = useTranslation();
  return {
    number: {
      title: t(`rfq.${texts}.columns.number`),
      dataIndex: 'number',
      width: 180,
      render: (n: string, r) => (
        <Link to={rfqPath(r.id)} onClick={(e) => e.stopPropagation()} data-testid="rfq-number">
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {n}
          </Typography.Text>
        </Link>
      ),
    },
    title: {
      title: t(`rfq.${texts}.columns.title`),
      dataIndex: 'title',
      ellipsis: { showTitle: true },
      render: (title: string, r) => (
        <Space size={6}>
          {r.sealed && <SealedIcon />}
          <span data-testid="rfq-title">{title}</span>
        </Space>
      ),
    },
    status: {
      title: t(`rfq.${texts}.columns.status`),
      dataIndex: 'status',
      width: 100,
      render: (s: RfqStatus) => <RfqStatusTag status={s} />,
    },
    deadline: {
      title: t(`rfq.${texts}.columns.deadline`),
      dataIndex: 'deadline',
      width: 190,
      render: (d: string) => <Deadline deadline={d} />,
    },
  };
}

/** What an RFQ list shows of its query. */
interface RfqPageQuery {
  data?: { items: RfqSummaryView[]; total: number } | undefined;
  isPending: boolean;
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * A list of RFQs in a card: the filters, the API's error, and the table (paged on the server,
 * a row opens the RFQ). With filters and nothing found it says so (`emptyFiltered`) and offers to
 * clear them; without filters it shows `empty`.
 */
export function RfqSummaryList({
  side,
  list,
  query,
  columns,
  empty,
  emptyFiltered,
  scrollX,
  testId,
}: {
  side: 'buyer' | 'seller';
  list: RfqPageQuery;
  query: ReturnType<typeof useRfqListQuery>;
  columns: TableColumnsType<RfqSummaryView>;
  empty: ReactNode;
  emptyFiltered: string;
  scrollX: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { filters, page, setQuery } = query;

  const emptyText = hasFilters(filters) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyFiltered} data-testid="rfqs-empty">
      <Button onClick={() => setQuery({ statuses: [] })} data-testid="empty-clear-filters">
        {t('rfq.filters.clear')}
      </Button>
    </Empty>
  ) : (
    empty
  );

  return (
    <Card>
      <Flex vertical gap={16}>
        <RfqFilterBar side={side} filters={filters} onChange={(next) => setQuery(next)} />
        {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
        <Table<RfqSummaryView>
          data-testid={testId}
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          scroll={{ x: scrollX }}
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending || list.isPlaceholderData}
          locale={{ emptyText: list.isPending ? ' ' : emptyText }}
          onRow={(r) => ({
            onClick: () => void navigate(rfqPath(r.id)),
            style: { cursor: 'pointer' },
            'data-testid': 'rfq-row',
          })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (n) => t('rfq.list.total', { count: n }),
            onChange: (p) => setQuery(filters, p),
          }}
        />
      </Flex>
    </Card>
  );
}
