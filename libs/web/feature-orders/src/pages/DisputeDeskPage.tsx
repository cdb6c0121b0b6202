import { PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  Card,
  Empty,
  Flex,
  Input,
  Segmented,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DisputeStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, Money, NUMERIC, PageHeader, useErrorText } from '@tradeway/web/ui';
import { DisputeStatusTag } from '../components/DisputeParts';
import {
  DESK_PAGE_SIZE,
  DESK_STATUS_FILTERS,
  type DeskRowView,
  type DeskStatusFilter,
  useDeskDisputes,
} from '../data/receipts.queries';
import { useNameIn } from '../components/use-party-name';
import { disputeDeskPath } from '../paths';
import { disputeAgeDays } from '../utils/receipts';

/** The desk's filter and page, kept in the address (`?status=resolved&q=PO-2026&page=2`). */
export function readDeskQuery(params: URLSearchParams): {
  status: DeskStatusFilter;
  q: string;
  page: number;
} {
  const s = params.get('status');
  const status = (DESK_STATUS_FILTERS as readonly string[]).includes(s ?? '')
    ? (s as DeskStatusFilter)
    : 'waiting';
  const page = Number(params.get('page'));
  return { status, q: params.get('q') ?? '', page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function writeDeskQuery(status: DeskStatusFilter, q: string, page: number): URLSearchParams {
  const out = new URLSearchParams();
  if (status !== 'waiting') out.set('status', status);
  if (q.trim()) out.set('q', q.trim());
  if (page > 1) out.set('page', String(page));
  return out;
}

/** Older disputes stand out: a week orange, two weeks red. */
const ageColor = (days: number) => (days >= 14 ? 'red' : days >= 7 ? 'orange' : 'default');

/**
 * `/disputes` (operator console, `platform:operate`): disputes across companies, oldest first —
 * what waits for someone (open or proposed) unless another status is chosen, searched by order
 * number, paged on the server, everything in the address. A row opens the dispute to decide.
 */
export function DisputeDeskPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const { status, q, page } = readDeskQuery(params);
  const list = useDeskDisputes(status, q, page);
  const nameIn = useNameIn();
  const now = new Date();

  const setQuery = (nextStatus: DeskStatusFilter, nextQ: string, nextPage = 1) =>
    setParams(writeDeskQuery(nextStatus, nextQ, nextPage));

  const columns: TableColumnsType<DeskRowView> = [
    {
      title: t('receipts.desk.columns.order'),
      dataIndex: 'orderNumber',
      width: 190,
      render: (n: string, d) => (
        <Link to={disputeDeskPath(d.id)} onClick={(e) => e.stopPropagation()} data-testid="desk-order">
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {n}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('receipts.desk.columns.buyer'),
      key: 'buyer',
      ellipsis: { showTitle: true },
      render: (_, d) => <span data-testid="desk-buyer">{nameIn(d.buyerName, d.buyerNameEn)}</span>,
    },
    {
      title: t('receipts.desk.columns.seller'),
      key: 'seller',
      ellipsis: { showTitle: true },
      render: (_, d) => <span data-testid="desk-seller">{nameIn(d.sellerName, d.sellerNameEn)}</span>,
    },
    {
      title: t('receipts.desk.columns.opened'),
      dataIndex: 'openedAt',
      width: 170,
      render: (iso: string) => <span style={NUMERIC}>{formatMoment(iso, language)}</span>,
    },
    {
      title: t('receipts.desk.columns.age'),
      key: 'age',
      width: 90,
      align: 'right',
      render: (_, d) => {
        const days = disputeAgeDays(d.openedAt, now);
        return d.status === 'resolved' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tag color={ageColor(days)} style={{ ...NUMERIC, marginInlineEnd: 0 }} data-testid="desk-age">
            {t('receipts.desk.days', { count: days })}
          </Tag>
        );
      },
    },
    {
      title: t('receipts.desk.columns.status'),
      key: 'status',
      width: 150,
      render: (_, d) => (
        <Flex vertical gap={2} align="flex-start">
          <DisputeStatusTag status={d.status as DisputeStatus} />
          {d.proposedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('receipts.desk.proposedBy', { party: t(`receipts.party.${d.proposedBy}`) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('receipts.desk.columns.atStake'),
      key: 'atStake',
      width: 150,
      align: 'right',
      render: (_, d) => (
        <Money minor={d.orderTotalMinor} currency={d.currency} strong testId="desk-at-stake" />
      ),
    },
    {
      title: t('receipts.desk.columns.evidence'),
      dataIndex: 'evidenceCount',
      width: 80,
      align: 'right',
      render: (n: number) =>
        n > 0 ? (
          <span style={NUMERIC}>
            <PaperClipOutlined /> {n}
          </span>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
  ];

  const filtered = status !== 'waiting' || q !== '';
  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader title={t('receipts.desk.title')} hint={t('receipts.desk.hint')} />
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" gap={16} wrap>
            <Segmented<DeskStatusFilter>
              value={status}
              onChange={(v) => setQuery(v, q)}
              options={DESK_STATUS_FILTERS.map((s) => ({ value: s, label: t(`receipts.desk.filter.${s}`) }))}
              data-testid="desk-status"
            />
            <Input.Search
              key={q}
              allowClear
              defaultValue={q}
              onSearch={(v) => setQuery(status, v)}
              placeholder={t('receipts.desk.search')}
              maxLength={60}
              style={{ maxWidth: 320 }}
              data-testid="desk-search"
            />
          </Flex>
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<DeskRowView>
            data-testid="desk-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1080 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{
              emptyText: list.isPending ? (
                ' '
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(filtered ? 'receipts.desk.emptyFiltered' : 'receipts.desk.empty')}
                  data-testid="desk-empty"
                />
              ),
            }}
            onRow={(d) => ({
              onClick: () => void navigate(disputeDeskPath(d.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'desk-row',
            })}
            pagination={{
              current: page,
              pageSize: DESK_PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('receipts.desk.total', { count: n }),
              onChange: (p) => setQuery(status, q, p),
            }}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
