import { Card, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExplanationResult } from '../components/ExplanationResult';
import { QuoteRequestForm } from '../components/QuoteRequestForm';
import { useFormErrors } from '../components/use-form-errors';
import { useExplain } from '../data/pricing.queries';
import { emptyQuoteForm, quoteFieldName, type QuoteFormValues, toExplainPayload } from '../utils/quote-form';
import { PageHeader } from '@tradeway/web/ui';

/**
 * `/price-debugger`: asks the engine for any buyer, SKU, quantity, term and delivery which
 * list wins and why the others lose, and shows the winning quote line by line (DESIGN.md §4).
 * Nothing is stored.
 */
export function PriceDebuggerPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<QuoteFormValues>();
  const explain = useExplain();
  const errors = useFormErrors(form, quoteFieldName);

  const handleFinish = (values: QuoteFormValues) => {
    const payload = toExplainPayload(values);
    if (!payload) return;
    errors.clear();
    explain.mutate(payload, { onError: errors.report });
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader title={t('pricing.debugger.pageTitle')} hint={t('pricing.debugger.hint')} />
      <Card>
        <QuoteRequestForm
          form={form}
          initialValues={emptyQuoteForm()}
          onFinish={handleFinish}
          submitLabel={t('pricing.debugger.run')}
          submitting={explain.isPending}
          alert={errors.alert}
          testId="debugger-form"
        />
      </Card>
      {explain.data ? (
        <ExplanationResult explanation={explain.data} />
      ) : (
        <Typography.Text type="secondary">{t('pricing.debugger.askFirst')}</Typography.Text>
      )}
    </Space>
  );
}
