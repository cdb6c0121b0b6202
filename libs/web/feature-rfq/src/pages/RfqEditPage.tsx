import { Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@tradeway/web/ui';
import { RfqForm } from '../components/RfqForm';
import { BackButton, RfqLoader } from '../components/RfqPage';
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
  const { rfqId } = useParams();
  const query = useRfq(rfqId);
  const back = (
    <BackButton onClick={() => void navigate(rfqId ? rfqPath(rfqId) : RFQS_PATH)}>
      {t('rfq.detail.back')}
    </BackButton>
  );
  return (
    <RfqLoader query={query} back={back}>
      {(rfq) =>
        rfq.side !== 'buyer' || rfq.status !== 'draft' ? (
          <Result
            status="warning"
            title={t('rfq.form.notDraft', { number: rfq.number })}
            extra={back}
            data-testid="rfq-not-draft"
          />
        ) : (
          <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
            <PageHeader
              title={t('rfq.form.editTitle', { number: rfq.number })}
              hint={t('rfq.form.hint')}
              extra={back}
            />
            <RfqForm key={`${rfq.id}:${rfq.version}`} rfq={rfq} />
          </Space>
        )
      }
    </RfqLoader>
  );
}
