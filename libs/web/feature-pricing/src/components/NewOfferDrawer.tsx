import { Card, Drawer, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplainPreview } from '../data/pricing.queries';
import type { ExplainPayload, OfferPayload, QuoteView } from '../data/types';
import {
  emptyQuoteForm,
  quoteFieldName,
  type QuoteFormValues,
  toExplainPayload,
  toOfferPayload,
} from '../utils/quote-form';
import { OfferPreview } from './OfferPreview';
import { QuoteRequestForm } from './QuoteRequestForm';
import { useDebounced } from './use-debounced';
import { useFormErrors } from './use-form-errors';

/**
 * A sales quote to a buyer: the debugger's question with a note and an optional special
 * unit price, priced live as it is written; sent with `createOffer`.
 */
export function NewOfferDrawer({
  open,
  onClose,
  onCreate,
}: {
  open: boolean;
  onClose: () => void;
  onCreate: (payload: OfferPayload) => Promise<QuoteView>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<QuoteFormValues>();
  const errors = useFormErrors(form, quoteFieldName);
  const [values, setValues] = useState<QuoteFormValues>(emptyQuoteForm());
  const [sending, setSending] = useState(false);
  // Debounced on the question's text: a new object each render would never settle.
  const payload = toExplainPayload(values);
  const settled = useDebounced(payload ? JSON.stringify(payload) : '', 400);
  const question = useMemo(() => (settled ? (JSON.parse(settled) as ExplainPayload) : null), [settled]);
  const preview = useExplainPreview(open ? question : null);

  const handleFinish = async (v: QuoteFormValues) => {
    const payload = toOfferPayload(v);
    if (!payload) return;
    errors.clear();
    setSending(true);
    try {
      await onCreate(payload);
      form.resetFields();
      setValues(emptyQuoteForm());
    } catch (error) {
      errors.report(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Drawer open={open} size={880} title={t('pricing.offers.newTitle')} onClose={onClose} destroyOnHidden>
      <QuoteRequestForm
        form={form}
        initialValues={emptyQuoteForm()}
        onValuesChange={setValues}
        onFinish={(v) => void handleFinish(v)}
        submitLabel={t('pricing.offers.submit')}
        submitting={sending}
        withNote
        alert={errors.alert}
        testId="offer-form"
        extra={
          <Card size="small" title={t('pricing.offers.preview')} style={{ marginBottom: 16 }}>
            <OfferPreview
              explanation={question ? preview.data : undefined}
              loading={preview.isFetching}
              waiting={!question}
            />
          </Card>
        }
      />
    </Drawer>
  );
}
