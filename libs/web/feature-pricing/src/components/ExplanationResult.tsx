import { Alert, Card, Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useCompanyName } from '@tradeway/web/ui';
import type { CandidateView, ExplanationView, QuoteView } from '../data/types';
import { formatDay } from '../utils/format';
import { bpsToPercent } from '../utils/money';
import { BreakdownTable } from './BreakdownTable';
import { DecimalText, MoneyText } from './MoneyText';
import { OutcomeTag, PriceListKindTag } from './StatusTags';
import { useUnitLabel } from './texts';

/** The lists the engine considered, in resolution order, each with its outcome and why. */
export function CandidatesTable({
  candidates,
  currency,
}: {
  candidates: readonly CandidateView[];
  currency: string;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CandidateView> = [
    {
      title: t('pricing.debugger.list'),
      dataIndex: 'listName',
      render: (name: string, c) => (
        <Flex vertical gap={2}>
          <Typography.Text strong={c.outcome === 'won'}>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="outcome-hint">
            {t(`pricing.outcomeHint.${c.outcome}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('pricing.debugger.listKind'),
      dataIndex: 'kind',
      width: 120,
      render: (kind: CandidateView['kind']) => <PriceListKindTag kind={kind} />,
    },
    {
      title: t('pricing.debugger.outcome'),
      dataIndex: 'outcome',
      width: 130,
      render: (o: CandidateView['outcome']) => <OutcomeTag outcome={o} />,
    },
    {
      title: t('pricing.debugger.basePrice'),
      dataIndex: 'unitPrice',
      align: 'right',
      width: 150,
      render: (p: string | null) => <DecimalText value={p} currency={currency} />,
    },
  ];
  return (
    <Table<CandidateView>
      data-testid="candidates"
      rowKey="listId"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...candidates]}
      locale={{ emptyText: t('pricing.debugger.noCandidates') }}
      onRow={(c) => ({ 'data-outcome': c.outcome }) as object}
    />
  );
}

/** A quote's figures: list, unit price, quantity, net, tax, total, validity, and its breakdown. */
export function QuoteSummary({ quote }: { quote: QuoteView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const unit = useUnitLabel()(quote.unit);
  const product = language === 'en' ? quote.productNameEn : quote.productNameZh;
  return (
    <Flex vertical gap={16} data-testid="quote-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'sku', label: t('pricing.offers.sku'), children: `${product} · ${quote.skuCode}` },
          {
            key: 'buyer',
            label: t('pricing.offers.buyer'),
            children: (
              <span data-testid="quote-buyer">{companyName(quote.buyerName, quote.buyerNameEn)}</span>
            ),
          },
          {
            key: 'list',
            label: t('pricing.debugger.wonBy'),
            children: (
              <Flex gap={6} align="center" wrap>
                <PriceListKindTag kind={quote.listKind} />
                {quote.listName}
              </Flex>
            ),
          },
          {
            key: 'quantity',
            label: t('pricing.offers.quantity'),
            children: <DecimalText value={quote.quantity} unit={unit} />,
          },
          {
            key: 'base',
            label: t('pricing.debugger.basePrice'),
            children: <DecimalText value={quote.baseUnitPrice} currency={quote.currency} />,
          },
          {
            key: 'unitPrice',
            label: t('pricing.offers.unitPrice'),
            children: (
              <DecimalText value={quote.unitPrice} currency={quote.currency} testId="quote-unit-price" />
            ),
          },
          {
            key: 'net',
            label: t('pricing.debugger.net'),
            children: <MoneyText minor={quote.netMinor} currency={quote.currency} />,
          },
          {
            key: 'tax',
            label: t('pricing.debugger.tax', { rate: bpsToPercent(quote.taxRateBps) }),
            children: <MoneyText minor={quote.taxMinor} currency={quote.currency} />,
          },
          {
            key: 'validUntil',
            label: t('pricing.offers.validUntil'),
            children: formatDay(quote.validUntil, language),
          },
        ]}
      />
      <BreakdownTable
        lines={quote.lines}
        currency={quote.currency}
        unit={quote.unit}
        totalMinor={quote.totalMinor}
        listId={quote.listId}
      />
    </Flex>
  );
}

/**
 * The answer of the price debugger: the buyer's grade, the candidate lists and the winning
 * quote's breakdown — or the engine's refusal in the user's language.
 */
export function ExplanationResult({ explanation }: { explanation: ExplanationView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const currency = explanation.quote?.currency ?? 'CNY';
  const grade =
    language === 'en'
      ? (explanation.buyerGradeNameEn ?? explanation.buyerGradeNameZh)
      : (explanation.buyerGradeNameZh ?? explanation.buyerGradeNameEn);
  return (
    <Flex vertical gap={16} data-testid="explanation">
      <Typography.Text data-testid="buyer-grade">
        {grade ? t('pricing.debugger.grade', { grade }) : t('pricing.debugger.noGrade')}
      </Typography.Text>
      {explanation.error && (
        <Alert
          type="warning"
          showIcon
          data-testid="engine-error"
          title={language === 'zh-CN' ? explanation.error.messageZh : explanation.error.message}
          description={t('pricing.debugger.errorCode', { code: explanation.error.code })}
        />
      )}
      <Card size="small" title={t('pricing.debugger.candidates')}>
        <CandidatesTable candidates={explanation.candidates} currency={currency} />
      </Card>
      {explanation.quote && (
        <Card size="small" title={t('pricing.debugger.result')}>
          <QuoteSummary quote={explanation.quote} />
        </Card>
      )}
    </Flex>
  );
}
