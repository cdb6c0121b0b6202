import { Alert, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { MyPriceView } from '../data/types';
import { ladderRows, type LadderRow } from '../utils/ladder';
import { formatPercent } from '../utils/money';
import { useFormatters } from './use-formatters';

/** The quantity breaks of my price ("from 100 t: ¥5,950.00 / t", "from 1,000 t: 2 % off") and how they apply. */
export function LadderTable({ price, unit }: { price: MyPriceView; unit: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  const rows = ladderRows(price);

  const columns: TableColumnsType<LadderRow> = [
    {
      title: t('catalog.ladder.from'),
      key: 'from',
      render: (_, r) =>
        r.from === null
          ? t('catalog.ladder.base')
          : t('catalog.ladder.fromQuantity', { quantity: f.quantity(r.from, unit) }),
    },
    {
      title: t('catalog.ladder.rule'),
      key: 'rule',
      render: (_, r) =>
        r.kind === 'percent'
          ? t('catalog.ladder.percentOff', { percent: formatPercent(r.percent ?? '', language) })
          : r.kind === 'absolute'
            ? t('catalog.ladder.absolute')
            : t(`catalog.listKind.${price.listKind}`),
    },
    {
      title: t('catalog.ladder.unitPrice'),
      key: 'price',
      align: 'right',
      render: (_, r) => (
        <Typography.Text strong={r.kind === 'base'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {r.unitPrice ? f.perUnit(r.unitPrice, unit, price.currency) : t('catalog.common.none')}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={8} data-testid="ladder">
      {price.ladder.length > 0 ? (
        <>
          <Table<LadderRow>
            rowKey={(r) => r.from ?? 'base'}
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
          />
          <Alert
            type="info"
            showIcon
            data-testid="ladder-mode"
            title={t(`catalog.ladder.mode.${price.ladderMode}`)}
            description={t(`catalog.ladder.modeHint.${price.ladderMode}`)}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('catalog.ladder.none')}</Typography.Text>
      )}
    </Flex>
  );
}
