import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { RfqForm } from '../components/RfqForm';
import { useRfq } from '../data/rfqs.queries';
import { RFQS_PATH, rfqPath } from '../paths';

/** `/rfqs/new`: a new RFQ, saved as a draft. */
export function RfqNewPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader title={t('rfq.form.newTitle')} hint={t('rfq.form.hint')} />
      <RfqForm />
    </Space>
  );
}

/** `/rfqs/:rfqId/edit`: a draft changed (everything is replaced); other states cannot be edited. */
export function RfqEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { rfqId } = useParams();
  const query = useRfq(rfqId);
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void navigate(rfqId ? rfqPath(rfqId) : RFQS_PATH)}
      data-testid="rfq-back"
    >
      {t('rfq.detail.back')}
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
  const rfq = query.data;
  if (rfq.side !== 'buyer' || rfq.status !== 'draft') {
    return (
      <Result
        status="warning"
        title={t('rfq.form.notDraft', { number: rfq.number })}
        extra={back}
        data-testid="rfq-not-draft"
      />
    );
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('rfq.form.editTitle', { number: rfq.number })}
        hint={t('rfq.form.hint')}
        extra={back}
      />
      <RfqForm key={`${rfq.id}:${rfq.version}`} rfq={rfq} />
    </Space>
  );
}
