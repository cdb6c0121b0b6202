import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { Amount } from '../components/Amount';
import { ApprovalSteps } from '../components/ApprovalSteps';
import { DecisionPanel, type Refusal, RefusalAlert } from '../components/DecisionPanel';
import { RequestStatusTag } from '../components/StatusTags';
import { useNow } from '../components/use-now';
import { useApprovalRequest, useDecide, useDelegations } from '../data/approvals.queries';
import { APPROVALS_PATH, orderPath, requisitionPath } from '../paths';
import { decisionOptions, isStale } from '../utils/approval-view';
import { formatDateTime } from '../utils/format';

/**
 * `/approvals/:requestId`: what is asked (subject, amount, requester), where it stands, each
 * level with its decisions, and — when a pending task is the user's or a delegator's — the
 * approve / reject panel.
 */
export function RequestDetailPage() {
  const { requestId } = useParams();
  // a page of its own per request: nothing said about one request stays on the next
  return <RequestDetail key={requestId} requestId={requestId} />;
}

function RequestDetail({ requestId }: { requestId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useSession();
  const errorText = useErrorText();
  const request = useApprovalRequest(requestId);
  const delegations = useDelegations();
  const decide = useDecide();
  const now = useNow();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(APPROVALS_PATH)}>
      {t('approvals.request.back')}
    </Button>
  );

  if (request.isError) {
    const notFound = apiProblem(request.error).status === 404;
    return notFound ? (
      <Result status="404" title={t('approvals.request.notFound')} extra={back} />
    ) : (
      <Alert type="error" showIcon title={errorText(request.error)} action={back} />
    );
  }
  if (!request.data) return <Skeleton active />;

  const r = request.data;
  const options = decisionOptions(r, me.user.id, delegations.data?.items ?? [], now);
  const ownRequest = r.requesterId === me.user.id;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={
          <Space size={12} wrap align="center">
            <span data-testid="request-title">{r.subjectTitle}</span>
            <RequestStatusTag status={r.status} />
          </Space>
        }
        hint={t(`approvals.subjectType.${r.subjectType}`)}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              loading={request.isFetching}
              onClick={() => void request.refetch()}
            >
              {t('approvals.common.refresh')}
            </Button>
            {back}
          </>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card title={t('approvals.request.summary')}>
              <Descriptions column={1} size="small" styles={{ label: { width: 140 } }}>
                <Descriptions.Item label={t('approvals.request.amount')}>
                  <Amount minor={r.amountMinor} currency={r.currency} strong testId="request-amount" />
                  {r.overSpendingLimit && (
                    <Tag color="warning" style={{ marginInlineStart: 8 }}>
                      {t('approvals.request.overSpendingLimit')}
                    </Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('approvals.request.requester')}>
                  {r.requesterName}
                </Descriptions.Item>
                <Descriptions.Item label={t('approvals.request.submitted')}>
                  {formatDateTime(r.createdAt)}
                </Descriptions.Item>
                {r.decidedAt && (
                  <Descriptions.Item label={t('approvals.request.decided')}>
                    {formatDateTime(r.decidedAt)}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('approvals.request.progress')}>
                  {r.status === 'pending' && r.currentLevel !== null
                    ? t('approvals.request.atLevel', { level: r.currentLevel, count: r.levels.length })
                    : t(`approvals.requestStatus.${r.status}`)}
                </Descriptions.Item>
                {(r.subjectType === 'purchase_requisition' || r.subjectType === 'purchase_order') && (
                  <Descriptions.Item label={t('approvals.request.subject')}>
                    {r.subjectType === 'purchase_order' ? (
                      <Link to={orderPath(r.subjectId)} data-testid="subject-link">
                        {t('approvals.request.openOrder')}
                      </Link>
                    ) : (
                      <Link to={requisitionPath(r.subjectId)} data-testid="subject-link">
                        {t('approvals.request.openRequisition')}
                      </Link>
                    )}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                      {t('approvals.request.version', { version: r.subjectVersion })}
                    </Typography.Text>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card title={t('approvals.request.levels')}>
              <ApprovalSteps request={r} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('approvals.decision.title')}>
            {refusal && <RefusalAlert refusal={refusal} />}
            {options.length > 0 ? (
              <DecisionPanel
                key={`${r.id}:${r.currentLevel ?? 0}`}
                requestId={r.id}
                options={options}
                preferred={params.get('onBehalfOf')}
                onDecide={(payload) => decide.mutateAsync(payload)}
                onRefused={(r) => {
                  setRefusal(r);
                  if (r && isStale(r.kind)) void request.refetch();
                }}
              />
            ) : (
              <Typography.Text type="secondary" data-testid="no-decision">
                {r.status !== 'pending'
                  ? t('approvals.decision.closed', { status: t(`approvals.requestStatus.${r.status}`) })
                  : ownRequest
                    ? t('approvals.decision.ownRequest')
                    : t('approvals.decision.notYours')}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
