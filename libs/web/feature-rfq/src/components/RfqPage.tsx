import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { useRfq } from '../data/rfqs.queries';
import type { RfqView } from '../data/types';
import { RfqItemsTable } from './RfqItemsTable';
import { RfqSummary } from './RfqSummary';
import { RfqStatusTag, SealedIcon } from './RfqTags';
import { RfqTimeline } from './RfqTimeline';

/** The "back" button of an RFQ's pages. */
export function BackButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={onClick} data-testid="rfq-back">
      {children}
    </Button>
  );
}

/** What an RFQ's page shows of the query of its RFQ. */
interface RfqQuery {
  data?: RfqView | undefined;
  isError: boolean;
  error: unknown;
}

/**
 * An RFQ's page while its RFQ loads: "not found" (404) or the API's error, each with `back`, a
 * skeleton while it is on its way, and the page itself (`children`) once it is there.
 */
export function RfqLoader({
  query,
  back,
  children,
}: {
  query: RfqQuery;
  back: ReactNode;
  children: (rfq: RfqView) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.isError && !query.data) {
    return apiProblem(query.error).status === 404 ? (
      <Result status="404" title={t('rfq.detail.notFound')} extra={back} data-testid="rfq-not-found" />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={back} />
    );
  }
  if (!query.data) return <Skeleton active />;
  return children(query.data);
}

/**
 * `/rfqs/:rfqId`, either side: the RFQ of the address, loaded (see {@link RfqLoader}), and a
 * button (`backLabel`) back to where the user came from, or to `fallback` when the page was
 * opened directly.
 */
export function RfqPage({
  fallback,
  backLabel,
  children,
}: {
  fallback: string;
  backLabel: string;
  children: (rfq: RfqView, back: ReactNode) => ReactNode;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const { rfqId } = useParams();
  const query = useRfq(rfqId);
  const back = (
    <BackButton onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(fallback))}>
      {backLabel}
    </BackButton>
  );
  return (
    <RfqLoader query={query} back={back}>
      {(rfq) => children(rfq, back)}
    </RfqLoader>
  );
}

/** The head of an RFQ's page: its number, status and padlock (then `tags`), the line under it, and `extra`. */
export function RfqPageHeader({
  rfq,
  tags,
  hint,
  extra,
}: {
  rfq: RfqView;
  tags?: ReactNode;
  hint: ReactNode;
  extra: ReactNode;
}) {
  return (
    <PageHeader
      title={
        <Space size={12} wrap align="center">
          <span data-testid="rfq-number">{rfq.number}</span>
          <RfqStatusTag status={rfq.status} />
          {rfq.sealed && <SealedIcon />}
          {tags}
        </Space>
      }
      hint={<span data-testid="rfq-title">{hint}</span>}
      extra={extra}
    />
  );
}

/**
 * The body of an RFQ's page in two columns: on the left the request (`summaryTitle`), its items
 * and then `children` (more cards); on the right the timeline, scrolling beyond `timelineHeight`.
 */
export function RfqColumns({
  rfq,
  summaryTitle,
  timelineHeight,
  children,
}: {
  rfq: RfqView;
  summaryTitle: string;
  timelineHeight: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={16}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title={summaryTitle}>
            <RfqSummary rfq={rfq} />
          </Card>
          <Card title={t('rfq.detail.items', { count: rfq.items.length })}>
            <RfqItemsTable items={rfq.items} />
          </Card>
          {children}
        </Space>
      </Col>
      <Col xs={24} xl={8}>
        <Card
          title={t('rfq.timeline.title')}
          styles={{ body: { maxHeight: timelineHeight, overflowY: 'auto' } }}
          data-testid="section-timeline"
        >
          <RfqTimeline rfq={rfq} />
        </Card>
      </Col>
    </Row>
  );
}
