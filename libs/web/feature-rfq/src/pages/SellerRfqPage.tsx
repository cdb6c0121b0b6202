import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useCompanyName, useErrorText } from '@tradeway/web/ui';
import { OpenRounds } from '../components/OpenRounds';
import { QuoteHistory } from '../components/QuoteHistory';
import { RfqAttachments } from '../components/RfqAttachments';
import { RfqItemsTable } from '../components/RfqItemsTable';
import { RfqStateAlert } from '../components/RfqStateAlert';
import { RfqSummary } from '../components/RfqSummary';
import { MyQuoteTag, RfqStatusTag, SealedIcon } from '../components/RfqTags';
import { RfqTimeline } from '../components/RfqTimeline';
import { SellerQuoteForm } from '../components/SellerQuoteForm';
import { useNow } from '../components/use-now';
import { useMyQuote } from '../data/quotes.queries';
import { useRfq } from '../data/rfqs.queries';
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
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const { rfqId } = useParams();
  const query = useRfq(rfqId);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(RFQ_INBOX_PATH))}
      data-testid="rfq-back"
    >
      {t('rfq.detail.backToInbox')}
    </Button>
  );
  if (query.isError && !query.data) {
    return apiProblem(query.error).status === 404 ? (
      <Result status="404" title={t('rfq.detail.notFound')} extra={back} data-testid="rfq-not-found" />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={back} />
    );
  }
  if (!query.data) return <Skeleton active />;
  return <SellerRfq key={query.data.id} rfq={query.data} back={back} />;
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
      <PageHeader
        title={
          <Space size={12} wrap align="center">
            <span data-testid="rfq-number">{rfq.number}</span>
            <RfqStatusTag status={rfq.status} />
            {rfq.sealed && <SealedIcon />}
            {mine.data && <MyQuoteTag state={quote ? quote.status : 'none'} />}
          </Space>
        }
        hint={
          <span data-testid="rfq-title">
            {t('rfq.detail.fromBuyer', {
              title: rfq.title,
              buyer: companyName(rfq.buyerName, rfq.buyerNameEn),
            })}
          </span>
        }
        extra={back}
      />
      <OpenRounds rfq={rfq} rounds={rounds} />
      <RfqStateAlert rfq={rfq} sealed={false} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card title={t('rfq.detail.request')}>
              <RfqSummary rfq={rfq} />
            </Card>
            <Card title={t('rfq.detail.items', { count: rfq.items.length })}>
              <RfqItemsTable items={rfq.items} />
            </Card>
            {rfq.attachments.length > 0 && (
              <Card title={t('rfq.detail.attachments')}>
                <RfqAttachments rfq={rfq} canUpload={false} />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t('rfq.timeline.title')}
            styles={{ body: { maxHeight: 560, overflowY: 'auto' } }}
            data-testid="section-timeline"
          >
            <RfqTimeline rfq={rfq} />
          </Card>
        </Col>
      </Row>
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
