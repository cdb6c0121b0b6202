import { Alert, App, Form, Input, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, NUMERIC, useCompanyName, useErrorText, useFigures } from '@tradeway/web/ui';
import { useCounterOffer } from '../data/rfqs.queries';
import type { RfqComparisonView, RfqItemView, RfqView } from '../data/types';
import { isPositive, PRICE } from '../utils/decimal';
import { CellItem, checkedBy, MinutePicker } from './form-fields';

const MAX_MESSAGE = 2000;

interface CounterOfferValues {
  sellerIds?: string[];
  message?: string;
  closesAt?: Dayjs | null;
  /** Target unit price per item, keyed `i<itemNo>`; empty for none. */
  targets?: Record<string, string | undefined>;
}

const targetKey = (itemNo: number) => `i${itemNo}`;

/**
 * A counter-offer (议价) to sellers holding an active quote: a message, until when they may
 * answer with a new version, and optionally a target unit price per item. Sent after the
 * deadline, before the award; every round stays on the record.
 */
export function CounterOfferModal({
  rfq,
  comparison,
  onClose,
}: {
  rfq: RfqView;
  comparison: RfqComparisonView | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const f = useFigures('rfq');
  const [form] = Form.useForm<CounterOfferValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const send = useCounterOffer();
  const [initialValues] = useState<CounterOfferValues>(() => ({
    sellerIds: [],
    message: '',
    closesAt: dayjs().add(1, 'day').hour(17).minute(0).second(0).millisecond(0),
    targets: {},
  }));

  // Sellers holding an active quote: those of the comparison, else those the invitations say quoted.
  const sellers = comparison
    ? comparison.quotes.map((q) => ({ value: q.sellerId, label: companyName(q.sellerName, q.sellerNameEn) }))
    : rfq.invitations
        .filter((i) => i.quoted)
        .map((i) => ({ value: i.sellerId, label: companyName(i.sellerName, i.sellerNameEn) }));

  const handleFinish = async (values: CounterOfferValues) => {
    setAlert(null);
    const sentItems = rfq.items.filter((i) => (values.targets?.[targetKey(i.itemNo)] ?? '').trim() !== '');
    try {
      await send.mutateAsync({
        rfqId: rfq.id,
        sellerIds: values.sellerIds ?? [],
        message: (values.message ?? '').trim(),
        closesAt: values.closesAt ? values.closesAt.toISOString() : '',
        targets: sentItems.map((i) => ({
          itemNo: i.itemNo,
          targetUnitPrice: (values.targets?.[targetKey(i.itemNo)] ?? '').trim(),
        })),
      });
      void message.success(t('rfq.counter.sent', { count: values.sellerIds?.length ?? 0 }));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: ['sellerIds', 'message', 'closesAt', 'targets'],
        rename: (path) => {
          const m = /^targets\.(\d+)\.targetUnitPrice$/.exec(path);
          if (m) {
            const item = sentItems[Number(m[1])];
            return item ? `targets.${targetKey(item.itemNo)}` : '';
          }
          if (path.startsWith('sellerIds.')) return 'sellerIds';
          return path.startsWith('targets') ? '' : path;
        },
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const columns: TableColumnsType<RfqItemView> = [
    { title: t('rfq.items.no'), dataIndex: 'itemNo', width: 48, align: 'center' },
    { title: t('rfq.items.description'), dataIndex: 'description', ellipsis: true },
    {
      title: t('rfq.items.quantity'),
      key: 'quantity',
      width: 120,
      align: 'right',
      render: (_, i) => <span style={NUMERIC}>{f.quantity(i.quantity, i.unit)}</span>,
    },
    {
      title: t('rfq.counter.targetPrice'),
      key: 'target',
      width: 180,
      render: (_, i) => (
        <CellItem
          name={['targets', targetKey(i.itemNo)]}
          rules={[
            checkedBy((value: string | undefined) => {
              const s = (value ?? '').trim();
              return !s || (PRICE.test(s) && isPositive(s)) ? null : t('rfq.problem.price.format');
            }),
          ]}
        >
          <Input
            inputMode="decimal"
            prefix="¥"
            suffix={<Typography.Text type="secondary">/{f.unit(i.unit)}</Typography.Text>}
            placeholder={t('rfq.counter.targetOptional')}
            aria-label={t('rfq.counter.targetOf', { no: i.itemNo })}
            data-testid="counter-target"
          />
        </CellItem>
      ),
    },
  ];

  return (
    <Modal
      open
      title={t('rfq.counter.title', { number: rfq.number })}
      okText={t('rfq.counter.send')}
      cancelText={t('rfq.common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      data-testid="counter-offer-modal"
    >
      <Form<CounterOfferValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void handleFinish(values)}
        data-testid="counter-offer-form"
      >
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{t('rfq.counter.hint')}</Typography.Paragraph>
        <Form.Item
          name="sellerIds"
          label={t('rfq.counter.sellers')}
          rules={[{ type: 'array', min: 1, required: true, message: t('rfq.counter.problem.sellers') }]}
        >
          <Select<string[]>
            mode="multiple"
            options={sellers}
            placeholder={t('rfq.counter.sellersPlaceholder')}
            data-testid="counter-sellers"
          />
        </Form.Item>
        <Form.Item
          name="message"
          label={t('rfq.counter.message')}
          rules={[
            { required: true, whitespace: true, message: t('rfq.counter.problem.message') },
            { max: MAX_MESSAGE, message: t('rfq.problem.tooLong', { max: MAX_MESSAGE }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={MAX_MESSAGE}
            placeholder={t('rfq.counter.messagePlaceholder')}
            data-testid="counter-message"
          />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t('rfq.counter.closesAt')}
          required
          rules={[
            {
              validator: (_rule, value: Dayjs | null | undefined) =>
                !value
                  ? Promise.reject(new Error(t('rfq.counter.problem.closesAt')))
                  : value.valueOf() <= Date.now()
                    ? Promise.reject(new Error(t('rfq.counter.problem.closesAtPast')))
                    : Promise.resolve(),
            },
          ]}
        >
          <MinutePicker data-testid="counter-closes-at" />
        </Form.Item>
        <Typography.Text strong>{t('rfq.counter.targets')}</Typography.Text>
        <Table<RfqItemView>
          rowKey="itemNo"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={rfq.items}
          style={{ marginTop: 8 }}
        />
      </Form>
    </Modal>
  );
}
