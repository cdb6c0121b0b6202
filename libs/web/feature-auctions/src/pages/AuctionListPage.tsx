import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AUCTION_STATUSES } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import {
  formatMoment,
  hasPermission,
  NUMERIC,
  PageHeader,
  useErrorText,
  useFigures,
  useSession,
} from '@tradeway/web/ui';
import { AuctionStatusTag, DirectionTag, SideTag } from '../components/AuctionTags';
import { useNow } from '../components/use-now';
import { useAuctions } from '../data/auctions.queries';
import type { AuctionSide, AuctionStatus, AuctionSummaryView } from '../data/types';
import { auctionPath, NEW_AUCTION_PATH } from '../paths';
import {
  type AuctionFilters,
  hasFilters,
  PAGE_SIZE,
  readAuctionQuery,
  writeAuctionQuery,
} from '../utils/auction-query';
import { clockText, remaining } from '../utils/countdown';

/** What is left of a running auction, ticking each second (the browser's clock: the page has the server's). */
function RowCountdown({ end }: { end: string }) {
  const { t } = useTranslation();
  const now = useNow(1_000);
  const left = remaining(end, now);
  return (
    <Typography.Text
      type={left.passed ? 'secondary' : 'danger'}
      style={{ ...NUMERIC, fontSize: 12 }}
      data-testid="auction-row-countdown"
    >
      {left.passed
        ? t('auction.countdown.ended')
        : `${t('auction.countdown.endsIn')} ${left.days > 0 ? `${t('auction.countdown.days', { count: left.days })} ` : ''}${clockText(left)}`}
    </Typography.Text>
  );
}

/** The current end of an auction and, while it runs, its countdown. */
function EndCell({ auction }: { auction: AuctionSummaryView }) {
  const { language } = useLanguage();
  return (
    <Flex vertical gap={0}>
      <span style={NUMERIC}>{formatMoment(auction.currentEnd, language)}</span>
      {auction.status === 'running' && <RowCountdown end={auction.currentEnd} />}
    </Flex>
  );
}

/** The filters of the list: my side (all, I run, invited) and statuses; each change goes back to page 1. */
function AuctionFilterBar({
  filters,
  onChange,
}: {
  filters: AuctionFilters;
  onChange: (next: AuctionFilters) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuctionFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex gap={12} wrap align="center" data-testid="auction-filters">
      <Segmented<'all' | AuctionSide>
        value={filters.side ?? 'all'}
        aria-label={t('auction.list.filters.side')}
        onChange={(v) => set({ side: v === 'all' ? undefined : v })}
        options={[
          { value: 'all', label: t('auction.list.filters.sideAll') },
          { value: 'owner', label: t('auction.list.filters.sideOwner') },
          { value: 'bidder', label: t('auction.list.filters.sideBidder') },
        ]}
        data-testid="auction-side-filter"
      />
      <Select<AuctionStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 320 }}
        placeholder={t('auction.list.filters.statusPlaceholder')}
        aria-label={t('auction.list.filters.status')}
        value={filters.statuses}
        onChange={(next) => set({ statuses: next })}
        options={AUCTION_STATUSES.map((s) => ({ value: s, label: t(`auction.status.${s}`) }))}
        data-testid="auction-status-filter"
      />
      {hasFilters(filters) && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ statuses: [] })}
          data-testid="auction-clear-filters"
        >
          {t('auction.list.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}

/**
 * `/auctions`: the auctions my company runs and those it is invited to, newest first, filtered
 * and paged on the server with the filters in the address; a running auction counts down. A row
 * opens the auction (the owner's monitor or the bidding console).
 */
export function AuctionListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const f = useFigures('auction');
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readAuctionQuery(params);
  const setQuery = (next: AuctionFilters, nextPage = 1) => setParams(writeAuctionQuery(next, nextPage));
  const list = useAuctions(filters, page);
  const canCreate = hasPermission(me, 'auction:create');

  const columns: TableColumnsType<AuctionSummaryView> = [
    {
      title: t('auction.list.columns.number'),
      dataIndex: 'number',
      width: 190,
      render: (n: string, r) => (
        <Link to={auctionPath(r.id)} onClick={(e) => e.stopPropagation()} data-testid="auction-row-number">
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {n}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('auction.list.columns.title'),
      dataIndex: 'title',
      ellipsis: { showTitle: true },
      render: (title: string) => <span data-testid="auction-row-title">{title}</span>,
    },
    {
      title: t('auction.list.columns.direction'),
      dataIndex: 'direction',
      width: 110,
      render: (_, r) => <DirectionTag direction={r.direction} />,
    },
    {
      title: t('auction.list.columns.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: AuctionStatus) => <AuctionStatusTag status={s} />,
    },
    {
      title: t('auction.list.columns.side'),
      dataIndex: 'side',
      width: 100,
      render: (s: AuctionSide) => <SideTag side={s} />,
    },
    {
      title: t('auction.list.columns.quantity'),
      key: 'quantity',
      width: 120,
      align: 'right',
      render: (_, r) => <span style={NUMERIC}>{f.quantity(r.quantity, r.unit)}</span>,
    },
    {
      title: t('auction.list.columns.opening'),
      key: 'opening',
      width: 150,
      align: 'right',
      render: (_, r) => <span style={NUMERIC}>{f.perUnit(r.openingPrice, r.unit)}</span>,
    },
    {
      title: t('auction.list.columns.starts'),
      dataIndex: 'startsAt',
      width: 170,
      render: (s: string) => <span style={NUMERIC}>{formatMoment(s, language)}</span>,
    },
    {
      title: t('auction.list.columns.end'),
      dataIndex: 'currentEnd',
      width: 190,
      render: (_, r) => <EndCell auction={r} />,
    },
  ];

  const emptyText = hasFilters(filters) ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('auction.list.emptyFiltered')}
      data-testid="auctions-empty"
    >
      <Button onClick={() => setQuery({ statuses: [] })}>{t('auction.list.filters.clear')}</Button>
    </Empty>
  ) : (
    <Empty description={t('auction.list.empty')} data-testid="auctions-empty" />
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={t('auction.list.pageTitle')}
        hint={t('auction.list.hint')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(NEW_AUCTION_PATH)}
              data-testid="auction-new-button"
            >
              {t('auction.list.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <AuctionFilterBar filters={filters} onChange={(next) => setQuery(next)} />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<AuctionSummaryView>
            data-testid="auction-list"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1280 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: list.isPending ? ' ' : emptyText }}
            onRow={(r) => ({
              onClick: () => void navigate(auctionPath(r.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'auction-row',
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('auction.list.total', { count: n }),
              onChange: (p) => setQuery(filters, p),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
