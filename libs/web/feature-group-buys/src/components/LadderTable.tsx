import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { CampaignView, LadderTier } from '../data/types';
import { Dec, plainDecimal } from '../utils/decimal';
import { tierIndexAt } from '../utils/ladder';

interface LadderRow extends LadderTier {
  index: number;
  /** The next tier's start (this tier's range ends before it); null for the last. */
  until: string | null;
}

/**
 * The price ladder as a table: each tier's range of pooled total, its unit price and what it
 * saves against the first tier; the tier the total reached is highlighted (every participant
 * pays its price), those below it marked as passed.
 */
export function LadderTable({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const current = tierIndexAt(campaign.ladder, campaign.progress.total);
  const first = campaign.ladder[0]?.unitPrice ?? '0';
  const rows: LadderRow[] = campaign.ladder.map((tier, index) => ({
    ...tier,
    index,
    until: campaign.ladder[index + 1]?.minQuantity ?? null,
  }));
  const columns: TableColumnsType<LadderRow> = [
    {
      title: t('groupBuy.ladder.tier'),
      key: 'tier',
      width: 90,
      render: (_, r) => t('groupBuy.ladder.tierN', { n: r.index + 1 }),
    },
    {
      title: t('groupBuy.ladder.range'),
      key: 'range',
      render: (_, r) => (
        <span style={NUMERIC}>
          {r.until === null
            ? t('groupBuy.ladder.atLeast', { quantity: f.quantity(r.minQuantity, campaign.unit) })
            : t('groupBuy.ladder.between', {
                from: f.quantity(r.minQuantity, campaign.unit),
                to: f.quantity(r.until, campaign.unit),
              })}
        </span>
      ),
    },
    {
      title: t('groupBuy.ladder.price'),
      key: 'price',
      align: 'right',
      render: (_, r) => (
        <span style={{ ...NUMERIC, fontWeight: r.index === current ? 600 : undefined }}>
          {f.perUnit(r.unitPrice, campaign.unit, campaign.currency)}
        </span>
      ),
    },
    {
      title: t('groupBuy.ladder.saving'),
      key: 'saving',
      align: 'right',
      render: (_, r) =>
        r.index === 0 ? (
          t('groupBuy.common.none')
        ) : (
          <span style={NUMERIC}>
            {f.price(plainDecimal(new Dec(first).minus(r.unitPrice).toFixed(4)), campaign.currency)}
          </span>
        ),
    },
    {
      title: '',
      key: 'state',
      width: 110,
      render: (_, r) =>
        r.index === current ? (
          <Tag color="green" style={{ marginInlineEnd: 0 }}>
            {t('groupBuy.ladder.current')}
          </Tag>
        ) : r.index < current ? (
          <Tag style={{ marginInlineEnd: 0 }}>{t('groupBuy.ladder.passed')}</Tag>
        ) : null,
    },
  ];
  return (
    <Table<LadderRow>
      data-testid="campaign-ladder"
      rowKey="index"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      onRow={(r) => ({
        'data-testid': 'campaign-ladder-row',
        'data-current': r.index === current ? 'yes' : 'no',
        style: r.index === current ? { background: '#f6ffed' } : undefined,
      })}
    />
  );
}
