import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, Money, NUMERIC, PageHeader, useErrorText } from '@tradeway/web/ui';
import { DisputeDecisionForm } from '../components/DisputeDecisionForm';
import { DisputeEvidence } from '../components/DisputeEvidence';
import { DisputeHistory } from '../components/DisputeHistory';
import { DisputeStatusTag, OutcomeAlert, ProposalAlert } from '../components/DisputeParts';
import { OrderStatusTag } from '../components/OrderStatusTag';
import { ReceiptBlock } from '../components/ReceiptParts';
import { useNameIn } from '../components/use-party-name';
import { useDeskDispute } from '../data/receipts.queries';
import { DISPUTE_DESK_PATH } from '../paths';
import { disputeAgeDays } from '../utils/receipts';

/**
 * `/disputes/:disputeId` (operator console, `platform:operate`): one dispute to decide — the
 * order (parties, status, total, what is still creditable), the reason, the proposal on the
 * table, the receipts with their variances, the evidence to download, the history, and the
 * decision form; once decided, the outcome. Back to the desk, whose list is read again.
 */
export function DisputeDecisionPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const { disputeId } = useParams();
  const query = useDeskDispute(disputeId);
  const nameIn = useNameIn();

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(DISPUTE_DESK_PATH))}
      data-testid="desk-back"
    >
      {t('receipts.desk.back')}
    </Button>
  );
  if (query.isError && !query.data) {
    return apiProblem(query.error).status === 404 ? (
      <Result status="404" title={t('receipts.desk.notFound')} extra={back} data-testid="desk-not-found" />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={back} />
    );
  }
  const detail = query.data;
  if (!detail) return <Skeleton active />;
  const decidable = detail.allowedActions.includes('decide');
  const creditedElsewhere = BigInt(detail.creditedElsewhereMinor) > 0n;
  const buyer = nameIn(detail.buyerName, detail.buyerNameEn);
  const seller = nameIn(detail.sellerName, detail.sellerNameEn);

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={
          <Flex gap={12} align="center" wrap>
            <span>{t('receipts.desk.detailTitle')}</span>
            <Typography.Text code style={{ fontSize: 20 }} data-testid="desk-order-number">
              {detail.orderNumber}
            </Typography.Text>
            <DisputeStatusTag status={detail.status} />
          </Flex>
        }
        hint={t('receipts.desk.parties', { buyer, seller })}
        extra={back}
      />
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} xl={16}>
          <Flex vertical gap={24}>
            <Card title={t('receipts.desk.summary')} data-testid="desk-summary">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'buyer', label: t('receipts.desk.columns.buyer'), children: buyer },
                  { key: 'seller', label: t('receipts.desk.columns.seller'), children: seller },
                  {
                    key: 'orderStatus',
                    label: t('receipts.desk.orderStatus'),
                    children: <OrderStatusTag status={detail.orderStatus} />,
                  },
                  {
                    key: 'total',
                    label: t('receipts.desk.orderTotal'),
                    children: (
                      <Money
                        minor={detail.orderTotalMinor}
                        currency={detail.currency}
                        strong
                        testId="desk-total"
                      />
                    ),
                  },
                  {
                    key: 'opened',
                    label: t('receipts.dispute.openedAt'),
                    children: (
                      <Flex vertical gap={0}>
                        <span style={NUMERIC}>{formatMoment(detail.openedAt, language)}</span>
                        {detail.status !== 'resolved' && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('receipts.desk.openFor', {
                              days: t('receipts.desk.days', {
                                count: disputeAgeDays(detail.openedAt, new Date()),
                              }),
                            })}
                          </Typography.Text>
                        )}
                      </Flex>
                    ),
                  },
                  {
                    key: 'maxCredit',
                    label: t('receipts.desk.maxCredit'),
                    children: (
                      <Flex vertical gap={0}>
                        <Money
                          minor={detail.maxCreditMinor}
                          currency={detail.currency}
                          testId="desk-max-credit"
                        />
                        {creditedElsewhere && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('receipts.desk.creditedElsewhere')}{' '}
                            <Money minor={detail.creditedElsewhereMinor} currency={detail.currency} />
                          </Typography.Text>
                        )}
                      </Flex>
                    ),
                  },
                  {
                    key: 'about',
                    label: t('receipts.dispute.about'),
                    children: detail.shipmentNumber ? (
                      <Typography.Text code>{detail.shipmentNumber}</Typography.Text>
                    ) : (
                      t('receipts.dispute.wholeOrder')
                    ),
                  },
                  {
                    key: 'reason',
                    label: t('receipts.dispute.reason'),
                    span: 'filled',
                    children: (
                      <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="dispute-reason">
                        {detail.reason}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
              {detail.proposal && (
                <div style={{ marginTop: 16 }}>
                  <ProposalAlert detail={detail} />
                </div>
              )}
            </Card>
            <Card title={t('receipts.desk.receipts')} data-testid="desk-receipts">
              {detail.receipts.length === 0 ? (
                <Typography.Text type="secondary">{t('receipts.desk.noReceipts')}</Typography.Text>
              ) : (
                <Flex vertical gap={20}>
                  {detail.receipts.map((r) => (
                    <Fragment key={r.id}>
                      <ReceiptBlock receipt={r} highlight={r.id === detail.receiptId} />
                    </Fragment>
                  ))}
                </Flex>
              )}
            </Card>
            <Row gutter={[24, 24]}>
              <Col xs={24} lg={12}>
                <Card
                  title={t('receipts.evidence.title', { count: detail.evidence.length })}
                  style={{ height: '100%' }}
                >
                  <DisputeEvidence detail={detail} via="operator" />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('receipts.history.title')} style={{ height: '100%' }}>
                  <DisputeHistory detail={detail} />
                </Card>
              </Col>
            </Row>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t(decidable ? 'receipts.desk.decide.title' : 'receipts.desk.outcome')}
            data-testid="desk-decision"
            style={{ position: 'sticky', top: 24 }}
          >
            {decidable ? (
              <>
                <Typography.Paragraph type="secondary">{t('receipts.desk.decide.hint')}</Typography.Paragraph>
                <DisputeDecisionForm detail={detail} />
              </>
            ) : detail.outcome ? (
              <OutcomeAlert detail={detail} />
            ) : (
              <Typography.Text type="secondary">{t('receipts.desk.notDecidable')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
