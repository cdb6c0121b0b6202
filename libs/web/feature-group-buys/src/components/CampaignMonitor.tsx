import { Alert, Card, Col, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC, useCompanyName, useErrorText, useFigures } from '@tradeway/web/ui';
import { useCampaignMonitor } from '../data/group-buys.queries';
import type { CampaignMonitorView, CampaignView, DepositStatus, ParticipantRow } from '../data/types';
import { orderPath } from '../paths';
import { poolPoints } from '../utils/curve';
import { isLive } from '../utils/live';
import { PoolCurve } from './PoolCurve';
import { useMonthName } from './use-month-name';
import { useRegionName } from './use-region-name';

const DEPOSIT_COLOR: Record<DepositStatus, string> = { held: 'blue', applied: 'green', released: 'default' };

/** Who committed what: buyer, province, quantity, month, deposit and its status, the order once settled. */
function ParticipantsTable({ campaign, monitor }: { campaign: CampaignView; monitor: CampaignMonitorView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFigures('groupBuy');
  const region = useRegionName();
  const month = useMonthName();
  const nameIn = useCompanyName();
  const columns: TableColumnsType<ParticipantRow> = [
    {
      title: t('groupBuy.monitor.columns.buyer'),
      key: 'buyer',
      ellipsis: { showTitle: true },
      render: (_, r) => (
        <span data-testid="campaign-participant-buyer">{nameIn(r.buyerName, r.buyerNameEn)}</span>
      ),
    },
    {
      title: t('groupBuy.monitor.columns.region'),
      dataIndex: 'region',
      width: 100,
      render: (r: string) => region(r),
    },
    {
      title: t('groupBuy.monitor.columns.quantity'),
      dataIndex: 'quantity',
      width: 130,
      align: 'right',
      render: (q: string) => (
        <span style={NUMERIC} data-testid="campaign-participant-quantity">
          {f.quantity(q, campaign.unit)}
        </span>
      ),
    },
    {
      title: t('groupBuy.monitor.columns.month'),
      dataIndex: 'deliveryMonth',
      width: 120,
      render: (m: string) => month(m),
    },
    {
      title: t('groupBuy.monitor.columns.deposit'),
      key: 'deposit',
      width: 200,
      align: 'right',
      render: (_, r) => (
        <Space size={6}>
          <span style={NUMERIC}>{f.money(r.depositMinor, campaign.currency)}</span>
          <Tag color={DEPOSIT_COLOR[r.depositStatus]} style={{ marginInlineEnd: 0 }}>
            {t(`groupBuy.depositStatus.${r.depositStatus}`)}
          </Tag>
        </Space>
      ),
    },
    {
      title: t('groupBuy.monitor.columns.order'),
      dataIndex: 'orderId',
      width: 110,
      render: (id: string | null) =>
        id ? (
          <Link to={orderPath(id)} data-testid="campaign-participant-order">
            {t('groupBuy.monitor.openOrder')}
          </Link>
        ) : (
          t('groupBuy.common.none')
        ),
    },
    {
      title: t('groupBuy.monitor.columns.updated'),
      dataIndex: 'updatedAt',
      width: 170,
      render: (at: string) => <span style={NUMERIC}>{formatMoment(at, language)}</span>,
    },
  ];
  return (
    <Table<ParticipantRow>
      data-testid="campaign-participants"
      rowKey="buyerId"
      size="small"
      tableLayout="fixed"
      scroll={{ x: 900 }}
      columns={columns}
      dataSource={monitor.participants}
      locale={{ emptyText: t('groupBuy.monitor.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={() => ({ 'data-testid': 'campaign-participant-row' }) as object}
    />
  );
}

/** The pooled quantity and participants per delivery month (forward pooling). */
function ByMonth({ campaign, monitor }: { campaign: CampaignView; monitor: CampaignMonitorView }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const month = useMonthName();
  type Row = CampaignMonitorView['byMonth'][number];
  return (
    <Table<Row>
      data-testid="campaign-by-month"
      rowKey="month"
      size="small"
      pagination={false}
      locale={{ emptyText: t('groupBuy.monitor.empty') }}
      dataSource={monitor.byMonth}
      onRow={() => ({ 'data-testid': 'campaign-by-month-row' }) as object}
      columns={[
        { title: t('groupBuy.monitor.columns.month'), dataIndex: 'month', render: (m: string) => month(m) },
        {
          title: t('groupBuy.monitor.columns.quantity'),
          dataIndex: 'quantity',
          align: 'right',
          render: (q: string) => <span style={NUMERIC}>{f.quantity(q, campaign.unit)}</span>,
        },
        {
          title: t('groupBuy.monitor.columns.participants'),
          dataIndex: 'participants',
          align: 'right',
          width: 90,
        },
      ]}
    />
  );
}

/** After the deadline: the price every participant pays and the orders placed, or the failure and the deposits released. */
function ResultCard({
  campaign,
  monitor,
}: {
  campaign: CampaignView;
  monitor: CampaignMonitorView | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFigures('groupBuy');
  const status = campaign.progress.status;
  if (status !== 'succeeded' && status !== 'failed' && status !== 'settling') return null;
  return (
    <Card title={t('groupBuy.result.title')} data-testid="campaign-result" data-status={status}>
      {status === 'settling' ? (
        <Alert type="info" showIcon title={t('groupBuy.result.settling')} />
      ) : status === 'succeeded' ? (
        <Row gutter={[24, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('groupBuy.result.finalPrice')}
              valueRender={() => (
                <span style={NUMERIC} data-testid="campaign-final-price">
                  {f.perUnit(
                    campaign.finalPrice ?? campaign.progress.currentPrice,
                    campaign.unit,
                    campaign.currency,
                  )}
                </span>
              )}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('groupBuy.result.total')}
              valueRender={() => (
                <span style={NUMERIC}>{f.quantity(campaign.progress.total, campaign.unit)}</span>
              )}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('groupBuy.result.orders')}
              valueRender={() => (
                <span style={NUMERIC} data-testid="campaign-orders">
                  {monitor ? String(monitor.orders) : t('groupBuy.common.none')}
                </span>
              )}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('groupBuy.result.settledAt')}
              valueRender={() => (
                <span style={{ ...NUMERIC, fontSize: 16 }}>
                  {campaign.settledAt
                    ? formatMoment(campaign.settledAt, language)
                    : t('groupBuy.common.none')}
                </span>
              )}
            />
          </Col>
        </Row>
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="campaign-failed"
          title={t('groupBuy.result.failed', {
            total: f.quantity(campaign.progress.total, campaign.unit),
            min: f.quantity(campaign.minTotal, campaign.unit),
          })}
          description={t('groupBuy.result.released')}
        />
      )}
    </Card>
  );
}

/**
 * The organiser's and the seller's monitor (`GET …/monitor`): the deposits held and the
 * participants, who committed what and for which month, the pooled total per month, the total
 * over time against the tier thresholds, and — after the deadline — the result. It is asked again
 * whenever the live view moves the pool.
 */
export function CampaignMonitor({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useFigures('groupBuy');
  const query = useCampaignMonitor(campaign.id, true);
  const monitor = query.data?.campaignId === campaign.id ? query.data : undefined;
  const running = isLive(campaign.progress.status);
  const points = monitor
    ? poolPoints(
        monitor.curve,
        running ? { at: campaign.progress.serverTime, total: campaign.progress.total } : undefined,
      )
    : [];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="campaign-monitor">
      <ResultCard campaign={campaign} monitor={monitor} />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error)} />}
      <Card
        title={t('groupBuy.monitor.participants')}
        loading={query.isPending}
        extra={
          <Typography.Text>
            {t('groupBuy.monitor.depositsHeld')}{' '}
            <span style={{ ...NUMERIC, fontWeight: 600 }} data-testid="campaign-deposits-held">
              {monitor ? f.money(monitor.depositsHeldMinor, campaign.currency) : t('groupBuy.common.none')}
            </span>
          </Typography.Text>
        }
      >
        {monitor && <ParticipantsTable campaign={campaign} monitor={monitor} />}
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Card title={t('groupBuy.monitor.byMonth')} loading={query.isPending}>
            {monitor && <ByMonth campaign={campaign} monitor={monitor} />}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t('groupBuy.monitor.curve')} loading={query.isPending}>
            <PoolCurve
              points={points}
              ladder={campaign.ladder}
              minTotal={campaign.minTotal}
              unit={campaign.unit}
              currency={campaign.currency}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
