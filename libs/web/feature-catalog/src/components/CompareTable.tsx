import { TrophyFilled } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useCompanyName } from '@tradeway/web/ui';
import type { ComparisonRowView } from '../data/types';
import { describeLine } from '../utils/breakdown';
import { costBars, sortComparison } from '../utils/compare';
import { isQuoteErrorCode } from '../utils/server-errors';
import { Amount, NUMERIC } from './Amount';
import { ProductName } from './ProductTable';
import { useFormatters } from './use-formatters';

const CHEAPEST_BG = '#f6ffed';

/** Why a seller has no price in the comparison, in words (price on request, zone not covered …). */
export function useUnavailableText() {
  const { t } = useTranslation();
  return (code: string) => (isQuoteErrorCode(code) ? t(`catalog.quoteError.${code}`) : code);
}

/**
 * One row per seller of the same specification, as landed cost at my delivery place: unit
 * cost, net and total with VAT; the cheapest marked, sellers without a price listed after
 * the others with the reason. A row opens to its breakdown.
 */
export function CompareTable({ rows, unit }: { rows: ComparisonRowView[]; unit: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const f = useFormatters();
  const unavailableText = useUnavailableText();
  const sorted = sortComparison(rows);
  const na = <Typography.Text type="secondary">{t('catalog.common.none')}</Typography.Text>;

  const columns: TableColumnsType<ComparisonRowView> = [
    {
      title: t('catalog.compare.seller'),
      key: 'seller',
      width: 200,
      render: (_, r) => (
        <Flex align="center" gap={6} wrap>
          <Typography.Text strong={r.cheapest} data-testid="compare-seller">
            {companyName(r.sellerName, r.sellerNameEn)}
          </Typography.Text>
          {r.cheapest && (
            <Tag
              color="success"
              icon={<TrophyFilled />}
              data-testid="cheapest"
              style={{ marginInlineEnd: 0 }}
            >
              {t('catalog.compare.cheapest')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('catalog.compare.product'),
      key: 'product',
      render: (_, r) => <ProductName nameZh={r.productNameZh} nameEn={r.productNameEn} code={r.skuCode} />,
    },
    {
      title: (
        <Tooltip title={t('catalog.compare.landedHint')}>
          <span>{t('catalog.compare.landedUnitCost')}</span>
        </Tooltip>
      ),
      key: 'unit',
      align: 'right',
      width: 170,
      render: (_, r) =>
        r.landedUnitCost && !r.unavailable ? (
          <Typography.Text strong={r.cheapest} style={NUMERIC} data-testid="landed-unit-cost">
            {f.perUnit(r.landedUnitCost, unit, r.currency ?? 'CNY')}
          </Typography.Text>
        ) : (
          na
        ),
    },
    {
      title: t('catalog.compare.landedNet'),
      key: 'net',
      align: 'right',
      width: 160,
      render: (_, r) =>
        r.landedNetMinor !== null && !r.unavailable ? (
          <Amount minor={r.landedNetMinor} currency={r.currency ?? 'CNY'} />
        ) : (
          na
        ),
    },
    {
      title: t('catalog.compare.totalWithVat'),
      key: 'total',
      align: 'right',
      width: 160,
      render: (_, r) =>
        r.totalMinor !== null && !r.unavailable ? (
          <Amount minor={r.totalMinor} currency={r.currency ?? 'CNY'} />
        ) : (
          na
        ),
    },
    {
      title: t('catalog.compare.availability'),
      key: 'reason',
      width: 200,
      render: (_, r) =>
        r.unavailable ? (
          <Tag data-testid="unavailable-reason" data-code={r.unavailable} style={{ whiteSpace: 'normal' }}>
            {unavailableText(r.unavailable)}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('catalog.compare.available')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<ComparisonRowView>
      data-testid="compare-table"
      rowKey={(r) => `${r.sellerId}-${r.skuId}`}
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 1050 }}
      columns={columns}
      dataSource={sorted}
      pagination={false}
      locale={{ emptyText: t('catalog.compare.noSellers') }}
      onRow={(r) => ({
        'data-testid': 'compare-row',
        'data-cheapest': String(r.cheapest),
        'data-unavailable': r.unavailable ?? '',
        style: r.cheapest
          ? { background: CHEAPEST_BG }
          : r.unavailable
            ? { color: 'rgba(0,0,0,0.45)' }
            : undefined,
      })}
      expandable={{
        rowExpandable: (r) => r.lines.length > 0,
        expandedRowRender: (r) => (
          <Flex vertical gap={4} data-testid="compare-lines">
            {r.lines.map((line, i) => {
              const text = describeLine(line, { t, language, currency: r.currency ?? 'CNY', unit });
              return (
                <Flex key={`${i}-${line.kind}`} justify="space-between" gap={16}>
                  <Typography.Text>
                    {text.label}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                      {text.explanation}
                    </Typography.Text>
                  </Typography.Text>
                  <Amount minor={line.amountMinor} currency={r.currency ?? 'CNY'} />
                </Flex>
              );
            })}
          </Flex>
        ),
      }}
    />
  );
}

/**
 * Landed unit cost per seller as horizontal bars, each as long as its cost against the
 * dearest (exact bigint ratios; the project has no chart library, and bars need none).
 */
export function CostChart({ rows, unit }: { rows: ComparisonRowView[]; unit: string }) {
  const { t } = useTranslation();
  const companyName = useCompanyName();
  const f = useFormatters();
  const bars = costBars(rows);
  if (bars.length === 0) return null;
  return (
    <Flex vertical gap={8} role="list" aria-label={t('catalog.compare.chart')} data-testid="cost-chart">
      {bars.map((b) => (
        <div
          key={b.sellerId}
          role="listitem"
          data-testid="cost-bar"
          data-ratio={b.ratioBps}
          style={{ display: 'grid', gridTemplateColumns: '180px 1fr 170px', alignItems: 'center', gap: 12 }}
        >
          <Typography.Text ellipsis strong={b.cheapest}>
            {companyName(b.sellerName, b.sellerNameEn)}
          </Typography.Text>
          <div style={{ background: '#f0f0f0', borderRadius: 4, height: 18 }}>
            <div
              style={{
                width: `${b.ratioBps / 100}%`,
                minWidth: 2,
                height: '100%',
                borderRadius: 4,
                background: b.cheapest ? '#52c41a' : '#1677ff',
              }}
            />
          </div>
          <Typography.Text style={{ ...NUMERIC, textAlign: 'right' }}>
            {f.perUnit(b.landedUnitCost, unit, b.currency)}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
