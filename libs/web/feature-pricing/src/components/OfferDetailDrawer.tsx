import { AuditOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Drawer, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import { useOffer } from '../data/pricing.queries';
import type { QuoteView } from '../data/types';
import { approvalPath } from '../paths';
import { formatMoment } from '../utils/format';
import { bpsToPercent } from '../utils/money';
import { QuoteSummary } from './ExplanationResult';
import { DecimalText } from './MoneyText';
import { QuoteStatusTag } from './StatusTags';

/** The quote's own facts: number, status, dates, special price and its approval. */
export function OfferFacts({ quote }: { quote: QuoteView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'number',
            label: t('pricing.offers.number'),
            children: quote.number ?? t('pricing.common.none'),
          },
          {
            key: 'status',
            label: t('pricing.offers.status'),
            children: <QuoteStatusTag status={quote.status} />,
          },
          {
            key: 'created',
            label: t('pricing.offers.createdAt'),
            children: quote.createdAt ? formatMoment(quote.createdAt, language) : t('pricing.common.none'),
          },
          {
            key: 'accepted',
            label: t('pricing.offers.acceptedAt'),
            children: quote.acceptedAt ? formatMoment(quote.acceptedAt, language) : t('pricing.common.none'),
          },
          ...(quote.special
            ? [
                {
                  key: 'special',
                  label: t('pricing.offers.special'),
                  children: (
                    <span>
                      <DecimalText value={quote.special.unitPrice} currency={quote.currency} />
                      {` · ${t('pricing.offers.discountOf', { percent: bpsToPercent(quote.special.discountBps) })}`}
                      {quote.special.belowFloor ? ` · ${t('pricing.offers.belowFloorShort')}` : ''}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {quote.approvalRequestId && (
        <Alert
          type={quote.status === 'pending_approval' ? 'info' : 'success'}
          showIcon
          icon={<AuditOutlined />}
          title={
            <Link to={approvalPath(quote.approvalRequestId)} data-testid="approval-link">
              {t('pricing.offers.approvalLink')}
            </Link>
          }
        />
      )}
    </Flex>
  );
}

/** One of my quotes (`getOffer`): its facts, figures and breakdown. */
export function OfferDetailDrawer({
  quoteId,
  onClose,
}: {
  quoteId: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const offer = useOffer(quoteId);
  return (
    <Drawer
      open={!!quoteId}
      size={860}
      title={
        offer.data?.number
          ? t('pricing.offers.detailTitle', { number: offer.data.number })
          : t('pricing.offers.detail')
      }
      onClose={onClose}
    >
      {offer.data ? (
        <Flex vertical gap={24} data-testid="offer-detail">
          <OfferFacts quote={offer.data} />
          <QuoteSummary quote={offer.data} />
        </Flex>
      ) : offer.isError ? (
        <Alert type="error" showIcon title={errorText(offer.error)} />
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
