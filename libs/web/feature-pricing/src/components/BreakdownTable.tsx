import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useWarehouses } from '../data/catalog.queries';
import type { BreakdownLineView, LineKind } from '../data/types';
import { bpsTextToPercent, type DetailEntry, splitDetail } from '../utils/breakdown';
import { regionName } from '../utils/delivery';
import { formatDecimal, formatUnitPrice } from '../utils/money';
import { MoneyText } from './MoneyText';
import { useUnitLabel } from './texts';

interface Row {
  key: string;
  line: BreakdownLineView;
}

const LIST_KINDS = ['list', 'grade', 'contract'];
const TERMS = ['prepayment', 'cash', 'net30', 'net60', 'net90'];
const MODES = ['all_units', 'graduated'];

/**
 * One line's detail in words: `数量: 100 吨 · 单价: ¥5,950.00`, each entry read by the
 * format of its key, graduated bands one per line.
 */
export function LineDetail({
  detail,
  currency,
  unit,
  listId,
}: {
  detail: Record<string, string>;
  currency: string;
  unit: string;
  /** The winning list: `rulesFrom` naming it reads "this list". */
  listId?: string | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unitLabel = useUnitLabel()(unit);
  const warehouses = useWarehouses();
  const { bands, entries } = splitDetail(detail, language);
  const price = (v: string) => (v === '' ? t('pricing.common.none') : formatUnitPrice(v, language, currency));
  const money = (v: string) => formatUnitPrice(v, language, currency);
  const quantity = (v: string) => `${formatDecimal(v, language, 3)} ${unitLabel}`.trim();
  const percent = (v: string, signed = false) => {
    const p = bpsTextToPercent(v);
    if (p === null) return v;
    const text = `${formatDecimal(p.replace('-', ''), language, 4)} %`;
    return signed ? `${p.startsWith('-') ? '−' : '+'}${text}` : text;
  };

  const format = (e: DetailEntry): string => {
    const v = e.value;
    switch (e.format) {
      case 'price':
        return price(v);
      case 'money':
        return money(v);
      case 'quantity':
        return quantity(v);
      case 'bps':
        return percent(v);
      case 'signedBps':
        return percent(v, true);
      case 'listKind':
        return LIST_KINDS.includes(v) ? t(`pricing.kind.${v as 'list'}`) : v;
      case 'term':
        return TERMS.includes(v) ? t(`pricing.term.${v as 'cash'}`) : v;
      case 'mode':
        return MODES.includes(v) ? t(`pricing.ladderMode.${v as 'all_units'}`) : v;
      case 'breakKind':
        return v === 'percent' ? t('pricing.ladder.percent') : t('pricing.ladder.absolute');
      case 'breakValue':
        return detail['breakKind'] === 'percent' ? `${formatDecimal(v, language, 2)} %` : price(v);
      case 'source':
        return v === 'override'
          ? t('pricing.breakdown.sourceOverride')
          : t('pricing.breakdown.sourceFormula');
      case 'rulesFrom':
        return v === 'defaults'
          ? t('pricing.breakdown.fromDefaults')
          : v === listId
            ? t('pricing.breakdown.fromThisList')
            : t('pricing.breakdown.fromPublicList');
      case 'warehouse': {
        const w = warehouses.data?.items.find((x) => x.id === v);
        return w ? (language === 'en' ? w.nameEn : w.name) : v;
      }
      case 'region':
        return regionName(v, language);
      case 'bool':
        return v === 'true' ? t('pricing.common.yes') : t('pricing.common.no');
      default:
        return v;
    }
  };

  const parts = entries.map(
    (e) => `${e.known ? t(`pricing.breakdown.detail.${e.known}`) : e.key}: ${format(e)}`,
  );
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="line-detail">
      {parts.join(' · ')}
      {bands.map((b) => (
        <span key={b.n} style={{ display: 'block' }} data-testid="line-band">
          {t('pricing.breakdown.band', {
            n: b.n,
            from: quantity(b.from),
            to: b.to ? quantity(b.to) : '∞',
            quantity: quantity(b.quantity),
            price: price(b.unitPrice),
            amount: money(b.amount),
          })}
        </span>
      ))}
    </Typography.Text>
  );
}

/**
 * A quote's breakdown (DESIGN.md §4): each line in the engine's order with its label and its
 * detail, the amount right-aligned (discounts negative, charges with +), then the total.
 */
export function BreakdownTable({
  lines,
  currency,
  unit,
  totalMinor,
  listId,
  testId = 'breakdown',
}: {
  lines: readonly BreakdownLineView[];
  currency: string;
  unit: string;
  totalMinor: bigint | string;
  listId?: string | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const rows: Row[] = lines.map((line, i) => ({ key: `${i}-${line.kind}`, line }));
  const columns: TableColumnsType<Row> = [
    {
      title: t('pricing.breakdown.line'),
      key: 'kind',
      width: 130,
      render: (_, r) => t(`pricing.lineKind.${r.line.kind as LineKind}`),
    },
    {
      title: t('pricing.breakdown.detailTitle'),
      key: 'detail',
      render: (_, r) => <LineDetail detail={r.line.detail} currency={currency} unit={unit} listId={listId} />,
    },
    {
      title: t('pricing.breakdown.amount'),
      key: 'amount',
      align: 'right',
      width: 150,
      render: (_, r) => (
        <MoneyText minor={r.line.amountMinor} currency={currency} signed={r.line.kind !== 'base'} />
      ),
    },
  ];
  return (
    <Table<Row>
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      onRow={() => ({ 'data-testid': 'breakdown-line' }) as HTMLAttributes<HTMLElement>}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('pricing.breakdown.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <MoneyText minor={totalMinor} currency={currency} strong testId="breakdown-total" />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
