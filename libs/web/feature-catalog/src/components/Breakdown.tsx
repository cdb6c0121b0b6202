import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { QuoteLineView } from '../data/types';
import { describeLine } from '../utils/breakdown';
import { Amount } from './Amount';
import { useFormatters } from './use-formatters';

/** What a breakdown shows: a preview, a saved quote or a seller's row of a comparison. */
export interface BreakdownSource {
  lines: QuoteLineView[];
  netMinor: string | bigint;
  taxMinor: string | bigint;
  totalMinor: string | bigint;
  currency: string;
  /** effective net goods unit price (4 places), when known */
  unitPrice?: string;
  quantity?: string;
}

interface Row {
  key: string;
  label: string;
  explanation: string;
  amountMinor: string | bigint;
  kind: QuoteLineView['kind'] | 'net' | 'total';
}

/**
 * A quote line by line, as an invoice reads: every adjustment with what it is and how it was
 * computed, the net subtotal, VAT and other lines after it, the total, and the unit price.
 */
export function Breakdown({
  source,
  unit,
  warehouseName,
  testId = 'breakdown',
}: {
  source: BreakdownSource;
  unit: string;
  warehouseName?: (id: string) => string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  const ctx = { t, language, currency: source.currency, unit, ...(warehouseName ? { warehouseName } : {}) };
  const taxAt = source.lines.findIndex((l) => l.kind === 'tax');
  const split = taxAt < 0 ? source.lines.length : taxAt;
  const lineRow = (line: QuoteLineView, i: number): Row => ({
    key: `${i}-${line.kind}`,
    ...describeLine(line, ctx),
    amountMinor: line.amountMinor,
    kind: line.kind,
  });
  const rows: Row[] = [
    ...source.lines.slice(0, split).map(lineRow),
    {
      key: 'net',
      label: t('catalog.preview.subtotalNet'),
      explanation: '',
      amountMinor: source.netMinor,
      kind: 'net',
    },
    ...source.lines.slice(split).map((l, i) => lineRow(l, i + split)),
    {
      key: 'total',
      label: t('catalog.preview.total'),
      explanation: '',
      amountMinor: source.totalMinor,
      kind: 'total',
    },
  ];
  const summary = (r: Row) => r.kind === 'net' || r.kind === 'total';

  const columns: TableColumnsType<Row> = [
    {
      title: t('catalog.preview.item'),
      dataIndex: 'label',
      width: 160,
      render: (label: string, r) => <Typography.Text strong={summary(r)}>{label}</Typography.Text>,
    },
    {
      title: t('catalog.preview.explanation'),
      dataIndex: 'explanation',
      render: (text: string) => (
        <Typography.Text type="secondary" data-testid="line-explanation">
          {text}
        </Typography.Text>
      ),
    },
    {
      title: t('catalog.preview.amount'),
      key: 'amount',
      align: 'right',
      width: 150,
      render: (_, r) => <Amount minor={r.amountMinor} currency={source.currency} strong={summary(r)} />,
    },
  ];

  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        onRow={(r) => ({
          'data-testid': `line-${r.kind}`,
          style: summary(r) ? { background: '#fafafa' } : undefined,
        })}
      />
      {source.unitPrice && (
        <Flex justify="flex-end" align="baseline" gap={12}>
          <Typography.Text type="secondary">{t('catalog.preview.unitPrice')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="effective-unit-price">
            {f.perUnit(source.unitPrice, unit, source.currency)}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
