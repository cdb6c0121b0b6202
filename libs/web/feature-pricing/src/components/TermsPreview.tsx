import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentTermsRule } from '../data/types';
import { bpsToPercent } from '../utils/money';
import { PREVIEW_GOODS_MINOR, type TermsPreviewRow, termsPreview } from '../utils/terms';
import { MoneyText } from './MoneyText';

/**
 * What each payment term does to 10 000.00 of goods under `rule`, computed as the engine
 * does: prepayment a discount, cash the reference, credit terms a charge.
 */
export function TermsPreview({ rule, currency = 'CNY' }: { rule: PaymentTermsRule; currency?: string }) {
  const { t } = useTranslation();
  const rows = termsPreview(rule);
  const columns: TableColumnsType<TermsPreviewRow> = [
    {
      title: t('pricing.terms.term'),
      dataIndex: 'term',
      render: (term: TermsPreviewRow['term']) => t(`pricing.term.${term}`),
    },
    {
      title: t('pricing.terms.basis'),
      key: 'basis',
      render: (_, r) =>
        r.term === 'cash' ? (
          <Typography.Text type="secondary">{t('pricing.terms.reference')}</Typography.Text>
        ) : r.overrideBps !== null ? (
          t('pricing.terms.viaOverride', { percent: bpsToPercent(r.overrideBps) })
        ) : (
          t('pricing.terms.viaFormula', { days: r.days ?? 0 })
        ),
    },
    {
      title: t('pricing.terms.adjustment'),
      key: 'adjustment',
      align: 'right',
      width: 160,
      render: (_, r) => (
        <MoneyText minor={r.adjustmentMinor} currency={currency} signed testId={`preview-${r.term}`} />
      ),
    },
  ];
  return (
    <div data-testid="terms-preview">
      <Typography.Text strong>
        {t('pricing.terms.previewTitle')} <MoneyText minor={PREVIEW_GOODS_MINOR} currency={currency} />
      </Typography.Text>
      <Table<TermsPreviewRow>
        style={{ marginTop: 8 }}
        rowKey="term"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
      />
    </div>
  );
}
