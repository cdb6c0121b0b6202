import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PriceListKindSchema } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { useCreatePriceList, useGrades, useUpdatePriceList } from '../data/pricing.queries';
import type { PriceListKind, PriceListView } from '../data/types';
import {
  CURRENCIES,
  emptyPriceList,
  priceListFieldName,
  type PriceListFormValues,
  quoteValidityProblem,
  toPriceListFormValues,
  toPriceListPayload,
  toPriceListUpdate,
} from '../utils/price-list-form';
import { CustomerPicker } from './CustomerPicker';
import { codeRules, textRules } from './form-rules';
import { useFormErrors } from './use-form-errors';
import { useListTarget } from './use-list-target';
import { isConflict } from '../utils/conflict';

const KINDS: PriceListKind[] = PriceListKindSchema.options;

/**
 * A new price list (a draft): its kind — the public list, a grade's list or a buyer's
 * contract prices — with the grade or buyer, code, name, currency, validity and how long
 * its quotes stay valid. With `list`, changes the header of that list (name, validity,
 * quote validity) at the version loaded.
 */
export function PriceListFormModal({
  open,
  list,
  defaultKind,
  onClose,
  onCreated,
  onConflict,
}: {
  open: boolean;
  list?: PriceListView | null;
  defaultKind?: PriceListKind;
  onClose: () => void;
  onCreated?: (list: PriceListView) => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const listTarget = useListTarget();
  const { message } = App.useApp();
  const [form] = Form.useForm<PriceListFormValues>();
  const create = useCreatePriceList();
  const update = useUpdatePriceList();
  const grades = useGrades();
  const errors = useFormErrors(form, priceListFieldName);
  const kind = Form.useWatch('kind', form) ?? list?.kind ?? defaultKind ?? 'list';
  const editing = !!list;

  const close = () => {
    errors.clear();
    onClose();
  };

  const handleFinish = async (values: PriceListFormValues) => {
    errors.clear();
    try {
      if (list) {
        await update.mutateAsync(toPriceListUpdate(list, values));
        void message.success(t('pricing.listForm.saved'));
        close();
      } else {
        const created = await create.mutateAsync(toPriceListPayload(values));
        void message.success(t('pricing.listForm.created', { name: created.name }));
        close();
        onCreated?.(created);
      }
    } catch (error) {
      if (list && isConflict(error)) {
        close();
        onConflict?.();
      } else errors.report(error);
    }
  };

  return (
    <Modal
      open={open}
      title={list ? t('pricing.listForm.editTitle', { name: list.name }) : t('pricing.listForm.title')}
      okText={list ? t('pricing.common.save') : t('pricing.common.create')}
      cancelText={t('pricing.common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      {errors.alert && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          title={errors.alert.title}
          description={errors.alert.details.length ? errors.alert.details.join('\n') : undefined}
        />
      )}
      <Form<PriceListFormValues>
        form={form}
        layout="vertical"
        data-testid="price-list-form"
        initialValues={list ? toPriceListFormValues(list) : emptyPriceList(defaultKind)}
        onFinish={handleFinish}
      >
        <Form.Item name="kind" label={t('pricing.listForm.kind')} extra={t(`pricing.kindHint.${kind}`)}>
          <Radio.Group
            optionType="button"
            disabled={editing || !!defaultKind}
            options={KINDS.map((k) => ({ value: k, label: t(`pricing.kind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'grade' &&
          (list ? (
            <Form.Item label={t('pricing.listForm.grade')}>
              <Input disabled value={listTarget(list) ?? ''} />
            </Form.Item>
          ) : (
            <Form.Item
              name="gradeId"
              label={t('pricing.listForm.grade')}
              rules={[{ required: true, message: t('pricing.validation.chooseGrade') }]}
            >
              <Select
                loading={grades.isPending}
                placeholder={t('pricing.listForm.gradePlaceholder')}
                options={(grades.data?.items ?? []).map((g) => ({
                  value: g.id,
                  label: `${language === 'en' ? g.nameEn : g.nameZh} (${g.code})`,
                }))}
              />
            </Form.Item>
          ))}
        {kind === 'contract' &&
          (list ? (
            <Form.Item label={t('pricing.listForm.buyer')}>
              <Input disabled value={listTarget(list) ?? ''} />
            </Form.Item>
          ) : (
            <Form.Item
              name="buyerId"
              label={t('pricing.listForm.buyer')}
              rules={[{ required: true, message: t('pricing.validation.chooseBuyer') }]}
            >
              <CustomerPicker />
            </Form.Item>
          ))}
        <Flex gap={16} wrap>
          <Form.Item
            name="code"
            label={t('pricing.listForm.code')}
            extra={t('pricing.listForm.codeHint')}
            rules={codeRules(t, 40)}
            style={{ flex: '1 1 200px' }}
          >
            <Input disabled={editing} maxLength={48} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('pricing.listForm.name')}
            rules={textRules(t, 100)}
            style={{ flex: '2 1 280px' }}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="currency" label={t('pricing.listForm.currency')} style={{ flex: '0 0 140px' }}>
            <Select disabled={editing} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item
            name="validity"
            label={t('pricing.listForm.validity')}
            extra={t('pricing.listForm.validityHint')}
            style={{ flex: '1 1 300px' }}
          >
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
              placeholder={[t('pricing.listForm.validFrom'), t('pricing.listForm.validUntil')]}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="quoteValidityDays"
          label={t('pricing.listForm.quoteValidityDays')}
          extra={t('pricing.listForm.quoteValidityHint')}
          rules={[
            {
              validator: (_, v: string | undefined) => {
                const p = quoteValidityProblem(v);
                return p
                  ? Promise.reject(new Error(t(`pricing.validation.quoteValidity.${p}`)))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input inputMode="numeric" suffix={t('pricing.common.days')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
