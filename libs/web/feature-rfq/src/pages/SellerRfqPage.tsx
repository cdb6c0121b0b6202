import { Alert, Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompanyName, useErrorText } from '@tradeway/web/ui';
import { OpenRounds } from '../components/OpenRounds';
import { QuoteHistory } from '../components/QuoteHistory';
import { RfqAttachments } from '../components/RfqAttachments';
import { RfqColumns, RfqPage, RfqPageHeader } from '../components/RfqPage';
import { RfqStateAlert } from '../components/RfqStateAlert';
import { MyQuoteTag } from '../components/RfqTags';
import { SellerQuoteForm } from '../components/SellerQuoteForm';
import { useNow } from '../components/use-now';
import { useMyQuote } from '../data/quotes.queries';
import type { RfqQuoteView, RfqView } from '../data/types';
import { RFQ_INBOX_PATH } from '../paths';
import { openRoundsAt, quotingWindow } from '../utils/quote-form';

/**
 * `/rfqs/:rfqId` in the seller portal: the buyer's request (items, delivery, terms, attachments
 * to download), the buyer's open counter-offers in front, my quote — sent, revised or withdrawn
 * until the deadline, or answering a counter-offer — and its versions. A company that may not
 * quote gets "not found".
 */
export function SellerRfqPage() {
  const { t } = useTranslation();
  return (
    <RfqPage fallback={RFQ_INBOX_PATH} backLabel={t('rfq.detail.backToInbox')}>
      {(rfq, back) => <SellerRfq key={rfq.id} rfq={rfq} back={back} />}
    </RfqPage>
  );
}

function SellerRfq({ rfq, back }: { rfq: RfqView; back: React.ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const now = useNow();
  const mine = useMyQuote(rfq.id);
  const quote: RfqQuoteView | null = mine.data?.quote ?? null;
  const mode = quotingWindow(rfq, quote, now);
  const rounds = openRoundsAt(quote, now);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <RfqPageHeader
        rfq={rfq}
        tags={mine.data && <MyQuoteTag state={quote ? quote.status : 'none'} />}
        hint={t('rfq.detail.fromBuyer', {
          title: rfq.title,
          buyer: companyName(rfq.buyerName, rfq.buyerNameEn),
        })}
        extra={back}
      />
      <OpenRounds rfq={rfq} rounds={rounds} />
      <RfqStateAlert rfq={rfq} sealed={false} />
      <RfqColumns rfq={rfq} summaryTitle={t('rfq.detail.request')} timelineHeight={560}>
        {rfq.attachments.length > 0 && (
          <Card title={t('rfq.detail.attachments')}>
            <RfqAttachments rfq={rfq} canUpload={false} />
          </Card>
        )}
      </RfqColumns>
      <Card
        title={t('rfq.quote.title')}
        extra={
          rfq.sealed && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rfq.quote.sealedNote')}
            </Typography.Text>
          )
        }
        data-testid="section-quote"
      >
        {mine.isError ? (
          <Alert type="error" showIcon title={errorText(mine.error)} />
        ) : !mine.data ? (
          <Skeleton active />
        ) : (
          <SellerQuoteForm
            key={`${quote?.id ?? 'new'}:${quote?.currentVersion ?? 0}:${quote?.status ?? ''}:${mode}`}
            rfq={rfq}
            quote={quote}
            mode={mode}
          />
        )}
      </Card>
      <Card title={t('rfq.quote.history.title')}>
        <QuoteHistory quote={quote} currency={rfq.currency} />
      </Card>
    </Space>
  );
}
