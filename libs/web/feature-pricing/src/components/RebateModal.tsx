import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useGrantRebate } from '../data/pricing.queries';
import type { CustomerView } from '../data/types';
import { yuanToFen } from '../utils/money';
import { customerName } from './CustomerPicker';
import { textRules, yuanRules } from './form-rules';
import { MoneyText } from './MoneyText';
import { useFormErrors } from './use-form-errors';

interface RebateValues {
  amount: string;
  reason: string;
}
const toName = (path: string) =>
  path === 'amountMinor' ? ['amount'] : path === 'reason' ? ['reason'] : null;

/**
 * Credits a rebate (返点) a customer earned: an amount in yuan, sent in fen converted
 * digit by digit, and the reason. The credit is applied on the customer's next quotes.
 */
export function RebateModal({ customer, onClose }: { customer: CustomerView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<RebateValues>();
  const grant = useGrantRebate();
  const errors = useFormErrors(form, toName);
  const close = () => {
    errors.clear();
    onClose();
  };

  return (
    <Modal
      open={!!customer}
      title={t('pricing.rebate.title', { name: customer ? customerName(customer, language) : '' })}
      okText={t('pricing.rebate.grant')}
      cancelText={t('pricing.common.cancel')}
      confirmLoading={grant.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={480}
    >
      {customer && (
        <Typography.Paragraph type="secondary">
          {t('pricing.rebate.available')} <MoneyText minor={customer.rebateAvailableMinor} />
        </Typography.Paragraph>
      )}
      {errors.alert && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          title={errors.alert.title}
        />
      )}
      <Form<RebateValues>
        form={form}
        layout="vertical"
        data-testid="rebate-form"
        initialValues={{ amount: '', reason: '' }}
        onFinish={async (v) => {
          if (!customer) return;
          errors.clear();
          try {
            await grant.mutateAsync({
              buyerId: customer.buyerId,
              amountMinor: (yuanToFen(v.amount) as bigint).toString(),
              currency: 'CNY',
              reason: v.reason.trim(),
            });
            void message.success(t('pricing.rebate.granted'));
            close();
          } catch (error) {
            errors.report(error);
          }
        }}
      >
        <Form.Item name="amount" label={t('pricing.rebate.amount')} rules={yuanRules(t, { positive: true })}>
          <Input inputMode="decimal" prefix="¥" styles={{ input: { textAlign: 'right' } }} />
        </Form.Item>
        <Form.Item name="reason" label={t('pricing.rebate.reason')} rules={textRules(t, 200)}>
          <Input placeholder={t('pricing.rebate.reasonPlaceholder')} maxLength={220} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
