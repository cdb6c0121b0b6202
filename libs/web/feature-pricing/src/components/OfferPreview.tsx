import { Alert, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { ExplanationView } from '../data/types';
import { bpsToPercent } from '../utils/money';
import { DecimalText, MoneyText } from './MoneyText';

/**
 * The live price of a quote being written: the engine's unit price and total, or why it
 * cannot price; a special price below the list's floor is flagged — it goes to approval
 * first, with more levels the deeper the discount.
 */
export function OfferPreview({
  explanation,
  loading,
  waiting,
}: {
  explanation: ExplanationView | undefined;
  loading: boolean;
  /** The form is not complete yet. */
  waiting: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (waiting)
    return <Typography.Text type="secondary">{t('pricing.offers.previewWaiting')}</Typography.Text>;
  if (!explanation) return loading ? <Spin size="small" /> : null;
  const quote = explanation.quote;
  return (
    <Flex vertical gap={8} data-testid="offer-preview">
      {explanation.error && (
        <Alert
          type="warning"
          showIcon
          data-testid="engine-error"
          title={language === 'zh-CN' ? explanation.error.messageZh : explanation.error.message}
        />
      )}
      {quote && (
        <Flex gap={24} wrap align="baseline">
          <span>
            <Typography.Text type="secondary">{t('pricing.offers.unitPrice')} </Typography.Text>
            <DecimalText value={quote.unitPrice} currency={quote.currency} testId="preview-unit-price" />
          </span>
          <span>
            <Typography.Text type="secondary">{t('pricing.offers.total')} </Typography.Text>
            <MoneyText minor={quote.totalMinor} currency={quote.currency} strong testId="preview-total" />
          </span>
          {quote.listName && (
            <Typography.Text type="secondary">
              {t('pricing.offers.fromList', { name: quote.listName })}
            </Typography.Text>
          )}
          {loading && <Spin size="small" />}
        </Flex>
      )}
      {quote?.special?.belowFloor && (
        <Alert
          type="warning"
          showIcon
          data-testid="below-floor"
          title={t('pricing.offers.belowFloor', { percent: bpsToPercent(quote.special.discountBps) })}
          description={t('pricing.offers.belowFloorHint')}
        />
      )}
    </Flex>
  );
}
