import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Progress,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CAMPAIGN_STATUSES } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import {
  formatMoment,
  hasPermission,
  NUMERIC,
  PageHeader,
  type PortalKind,
  useErrorText,
  useFigures,
  useSession,
} from '@tradeway/web/ui';
import { CampaignStatusTag, SideTag } from '../components/CampaignTags';
import { useNow } from '../components/use-now';
import { useRegionName } from '../components/use-region-name';
import { useCampaigns } from '../data/group-buys.queries';
import type { CampaignStatus, CampaignSummaryView } from '../data/types';
import { campaignPath, NEW_GROUP_BUY_PATH } from '../paths';
import {
  type CampaignFilters,
  type CampaignScope,
  hasFilters,
  MAX_Q,
  PAGE_SIZE,
  readCampaignQuery,
  writeCampaignQuery,
} from '../utils/campaign-query';
import { clockText, remaining } from '../utils/countdown';
import { minReachedPercent } from '../utils/progress';
import { useCampaignNames } from '../components/use-campaign-names';

/** What is left of an open campaign, ticking each second (the browser's clock: the page has the server's). */
function RowCountdown({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const now = useNow(1_000);
  const left = remaining(deadline, now);
  return (
    <Typography.Text
      type={left.passed ? 'secondary' : 'danger'}
      style={{ ...NUMERIC, fontSize: 12 }}
      data-testid="campaign-row-countdown"
    >
      {left.passed
        ? t('groupBuy.countdown.deadlinePassed')
        : `${t('groupBuy.countdown.endsIn')} ${left.days > 0 ? `${t('groupBuy.countdown.days', { count: left.days })} ` : ''}${clockText(left)}`}
    </Typography.Text>
  );
}

/** The pool of a row: total against the minimum as a bar, and how far the next tier is. */
function ProgressCell({ c }: { c: CampaignSummaryView }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const p = c.progress;
  const met = p.minReachedBps >= 10_000;
  return (
    <Flex vertical gap={0} data-testid="campaign-row-progress" data-bps={p.minReachedBps}>
      <span style={{ ...NUMERIC, fontSize: 12 }}>
        {t('groupBuy.list.pooled', {
          total: f.quantity(p.total, c.unit),
          min: f.quantity(p.minTotal, c.unit),
        })}
      </span>
      <Progress
        percent={minReachedPercent(p.minReachedBps)}
        size="small"
        status={met ? 'success' : 'active'}
        format={(n) => `${n ?? 0}%`}
        aria-label={t('groupBuy.list.minReached', { percent: minReachedPercent(p.minReachedBps) })}
      />
      <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }} data-testid="campaign-row-next">
        {p.nextTier
          ? t('groupBuy.list.nextTier', {
              needed: f.quantity(p.nextTier.needed, c.unit),
              price: f.price(p.nextTier.unitPrice),
            })
          : t('groupBuy.progress.topTier')}
      </Typography.Text>
    </Flex>
  );
}

/** The filters of the list: text, and in "mine" the statuses; each change goes back to page 1. */
function CampaignFilterBar({
  filters,
  onChange,
}: {
  filters: CampaignFilters;
  onChange: (next: CampaignFilters) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q);
  const [seen, setSeen] = useState(filters.q);
  if (seen !== filters.q) {
    setSeen(filters.q);
    setText(filters.q);
  }
  const set = (patch: Partial<CampaignFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex gap={12} wrap align="center" data-testid="campaign-filters">
      <Input.Search
        allowClear
        maxLength={MAX_Q}
        style={{ width: 280 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => set({ q: q.trim() })}
        placeholder={t('groupBuy.list.filters.qPlaceholder')}
        aria-label={t('groupBuy.list.filters.q')}
        data-testid="campaign-search"
      />
      {filters.scope === 'mine' && (
        <Select<CampaignStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 320 }}
          placeholder={t('groupBuy.list.filters.statusPlaceholder')}
          aria-label={t('groupBuy.list.filters.status')}
          value={filters.statuses}
          onChange={(next) => set({ statuses: next })}
          options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`groupBuy.status.${s}`) }))}
          data-testid="campaign-status-filter"
        />
      )}
      {hasFilters(filters) && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ scope: filters.scope, statuses: [], q: '' })}
          data-testid="campaign-clear-filters"
        >
          {t('groupBuy.list.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}

/**
 * `/group-buys`: in the buyer portal two tabs — the open campaigns my company may join (its
 * province) and mine (organised or joined); in the seller portal the campaigns of my SKUs. Each
 * row: the title, product, seller, regions, the deadline counting down, the pool against the
 * minimum and the next tier, the current price and the participants. Filtered (text, status)
 * and paged on the server, the filters in the address; a row opens the campaign.
 */
export function CampaignListPage({ kind }: { kind: Exclude<PortalKind, 'operator'> }) {
  const { t } = useTranslation();
  const names = useCampaignNames();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const f = useFigures('groupBuy');
  const region = useRegionName();
  const me = useSession();
  const scopes: CampaignScope[] = kind === 'buyer' ? ['discover', 'mine'] : ['mine'];
  const defaultScope = scopes[0] as CampaignScope;
  const [params, setParams] = useSearchParams();
  const { filters, page } = readCampaignQuery(params, scopes);
  const setQuery = (next: CampaignFilters, nextPage = 1) =>
    setParams(writeCampaignQuery(next, nextPage, defaultScope));
  const list = useCampaigns(filters, page);
  const canCreate = hasPermission(me, 'group_buy:manage');
  const mine = filters.scope === 'mine';
  const sep = language === 'en' ? ', ' : '、';

  const columns: TableColumnsType<CampaignSummaryView> = [
    {
      title: t('groupBuy.list.columns.title'),
      key: 'title',
      width: 200,
      // the status under the number (a column of its own made the table wider than the page beside
      // the menu), and in "mine" my side — there a buyer's campaign is one my company joined
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={campaignPath(r.id)} onClick={(e) => e.stopPropagation()} data-testid="campaign-row-title">
            {r.title}
          </Link>
          <Typography.Text code style={{ fontSize: 12, width: 'fit-content' }}>
            {r.number}
          </Typography.Text>
          <Flex gap={4} wrap>
            <CampaignStatusTag status={r.progress.status} />
            {mine && <SideTag side={r.side} joined />}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('groupBuy.list.columns.product'),
      key: 'product',
      ellipsis: { showTitle: true },
      render: (_, r) => names.product(r),
    },
    {
      title: t('groupBuy.list.columns.seller'),
      key: 'seller',
      width: 140,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span data-testid="campaign-row-seller">{names.seller(r)}</span>
          {r.organiserName !== r.sellerName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('groupBuy.list.organiser', { name: names.organiser(r) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('groupBuy.list.columns.regions'),
      dataIndex: 'regions',
      width: 90,
      ellipsis: { showTitle: true },
      render: (rs: string[]) => rs.map(region).join(sep),
    },
    {
      title: t('groupBuy.list.columns.deadline'),
      dataIndex: 'deadline',
      width: 160,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span style={NUMERIC}>{formatMoment(r.deadline, language)}</span>
          {r.progress.status === 'open' && <RowCountdown deadline={r.deadline} />}
        </Flex>
      ),
    },
    {
      title: t('groupBuy.list.columns.progress'),
      key: 'progress',
      width: 190,
      render: (_, r) => <ProgressCell c={r} />,
    },
    {
      title: t('groupBuy.list.columns.price'),
      key: 'price',
      width: 120,
      align: 'right',
      render: (_, r) => (
        <span style={NUMERIC} data-testid="campaign-row-price">
          {f.perUnit(r.progress.currentPrice, r.unit)}
        </span>
      ),
    },
    {
      title: t('groupBuy.list.columns.participants'),
      key: 'participants',
      width: 70,
      align: 'right',
      render: (_, r) => (
        <span style={NUMERIC} data-testid="campaign-row-participants">
          {r.progress.participants}
        </span>
      ),
    },
  ];

  const emptyText = hasFilters(filters) ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('groupBuy.list.emptyFiltered')}
      data-testid="campaigns-empty"
    >
      <Button onClick={() => setQuery({ scope: filters.scope, statuses: [], q: '' })}>
        {t('groupBuy.list.filters.clear')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t(`groupBuy.list.empty.${filters.scope}`)} data-testid="campaigns-empty" />
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={t('groupBuy.list.pageTitle')}
        hint={t(`groupBuy.list.hint.${kind}`)}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(NEW_GROUP_BUY_PATH)}
              data-testid="campaign-new-button"
            >
              {t(`groupBuy.list.new.${kind}`)}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          {scopes.length > 1 && (
            <Tabs
              activeKey={filters.scope}
              onChange={(key) => setQuery({ scope: key as CampaignScope, statuses: [], q: filters.q })}
              items={scopes.map((s) => ({ key: s, label: t(`groupBuy.list.tabs.${s}`) }))}
              style={{ marginBottom: -8 }}
              data-testid="campaign-scope-tabs"
            />
          )}
          <CampaignFilterBar filters={filters} onChange={(next) => setQuery(next)} />
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<CampaignSummaryView>
            data-testid="campaign-list"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: list.isPending ? ' ' : emptyText }}
            onRow={(r) => ({
              onClick: () => void navigate(campaignPath(r.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'campaign-row',
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('groupBuy.list.total', { count: n }),
              onChange: (p) => setQuery(filters, p),
            }}
          />
        </Flex>
      </Card>
    </Space>
  );
}
