import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
  type FormListFieldData,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAYMENT_TERMS, REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import {
  activeMembership,
  formProblems,
  UNITS,
  useCompanyName,
  useErrorText,
  useSession,
} from '@tradeway/web/ui';
import {
  type SellerOption,
  useCategories,
  useCreateRfq,
  useSellerOptions,
  useUpdateRfq,
} from '../data/rfqs.queries';
import type { RfqView } from '../data/types';
import { rfqPath } from '../paths';
import {
  costOfCapitalValid,
  deadlineProblem,
  deliveryBeforeDeadline,
  emptyItem,
  MAX_ADDRESS,
  MAX_DESCRIPTION,
  MAX_INVITED,
  MAX_ITEM_DESCRIPTION,
  MAX_ITEMS,
  MAX_SPECIFICATION,
  MAX_TITLE,
  newRfqValues,
  quantityProblem,
  RFQ_FORM_FIELDS,
  rfqFieldPath,
  type RfqFormValues,
  rfqToValues,
  valuesToInput,
} from '../utils/rfq-form';
import {
  AddRowButton,
  atLeastOneRow,
  CellItem,
  checkedBy,
  DecimalInput,
  ListTable,
  MinutePicker,
  SwitchItem,
} from './form-fields';
import { useDebouncedValue } from './use-debounced-value';

/**
 * The buyer's RFQ form (new, or a draft to change): what is wanted (items with quantity and
 * unit, free specification), where and by when, the payment terms accepted, until when sellers
 * quote and whether quotes are sealed, which sellers are invited (or the category's sellers),
 * and the cost of capital and VAT treatment the comparison uses. Saved as a draft; the RFQ's
 * page publishes it. Every field validates before sending; the API's refusals land on the
 * field they name.
 */
export function RfqForm({ rfq }: { rfq?: RfqView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const companyName = useCompanyName();
  const me = useSession();
  const [form] = Form.useForm<RfqFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateRfq();
  const update = useUpdateRfq();
  const pending = create.isPending || update.isPending;
  const categories = useCategories();
  const categoryId = Form.useWatch('categoryId', form);
  const openToCategory = Form.useWatch('openToCategory', form);

  const [initialValues] = useState<RfqFormValues>(() =>
    rfq ? rfqToValues(rfq) : newRfqValues(activeMembership(me)?.companyRegionCode, dayjs()),
  );

  // Sellers to invite, found by what they sell; the names of those chosen are remembered.
  const [sellerSearch, setSellerSearch] = useState('');
  const sellerQuery = useDebouncedValue(sellerSearch, 300);
  const { sellers, isFetching } = useSellerOptions(sellerQuery, categoryId);
  const [chosen, setChosen] = useState<Map<string, SellerOption>>(
    () =>
      new Map(
        (rfq?.invitations ?? [])
          .filter((i) => i.invited)
          .map((i) => [i.sellerId, { id: i.sellerId, name: i.sellerName, nameEn: i.sellerNameEn }]),
      ),
  );
  const sellerOptions = useMemo(() => {
    const all = new Map(chosen);
    for (const s of sellers) if (!all.has(s.id)) all.set(s.id, s);
    return [...all.values()].map((s) => ({ value: s.id, label: companyName(s.name, s.nameEn) }));
  }, [chosen, sellers, companyName]);

  const required = (label: string) => ({
    required: true,
    message: t('rfq.problem.required', { field: label }),
  });
  const tooLong = (max: number) => ({ max, message: t('rfq.problem.tooLong', { max }) });

  const handleFinish = async (values: RfqFormValues) => {
    setAlert(null);
    // A draft's item keeps the catalog SKU it named (kept in the form's store, not a field).
    const stored = (form.getFieldValue('items') as RfqFormValues['items']) ?? [];
    const body = valuesToInput({
      ...values,
      items: (values.items ?? []).map((item, i) => ({ ...item, skuId: stored[i]?.skuId ?? null })),
    });
    try {
      const saved = rfq
        ? await update.mutateAsync({ ...body, rfqId: rfq.id, version: rfq.version })
        : await create.mutateAsync(body);
      void message.success(t(rfq ? 'rfq.form.updated' : 'rfq.form.created', { number: saved.number }));
      await navigate(rfqPath(saved.id));
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: RFQ_FORM_FIELDS,
        rename: rfqFieldPath,
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const itemColumns = (
    remove: (index: number) => void,
    count: number,
  ): TableColumnsType<FormListFieldData> => [
    {
      title: '#',
      key: 'no',
      width: 44,
      align: 'center',
      render: (_, __, index) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{index + 1}</span>,
    },
    {
      title: t('rfq.form.item.description'),
      key: 'description',
      render: (_, field) => (
        <CellItem
          name={[field.name, 'description']}
          rules={[
            { required: true, whitespace: true, message: t('rfq.problem.itemDescription') },
            tooLong(MAX_ITEM_DESCRIPTION),
          ]}
        >
          <Input
            maxLength={MAX_ITEM_DESCRIPTION}
            placeholder={t('rfq.form.item.descriptionPlaceholder')}
            aria-label={t('rfq.form.item.descriptionOf', { no: field.name + 1 })}
            data-testid="item-description"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.form.item.specification'),
      key: 'specification',
      render: (_, field) => (
        <CellItem name={[field.name, 'specification']} rules={[tooLong(MAX_SPECIFICATION)]}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={MAX_SPECIFICATION}
            placeholder={t('rfq.form.item.specificationPlaceholder')}
            aria-label={t('rfq.form.item.specificationOf', { no: field.name + 1 })}
            data-testid="item-specification"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.form.item.quantity'),
      key: 'quantity',
      width: 150,
      render: (_, field) => (
        <CellItem
          name={[field.name, 'quantity']}
          rules={[
            checkedBy((value: string | undefined) => {
              const p = quantityProblem(value);
              return p && t(`rfq.problem.quantity.${p}`);
            }),
          ]}
        >
          <DecimalInput
            aria-label={t('rfq.form.item.quantityOf', { no: field.name + 1 })}
            data-testid="item-quantity"
          />
        </CellItem>
      ),
    },
    {
      title: t('rfq.form.item.unit'),
      key: 'unit',
      width: 100,
      render: (_, field) => (
        <CellItem name={[field.name, 'unit']} rules={[{ required: true, message: t('rfq.problem.unit') }]}>
          <Select
            aria-label={t('rfq.form.item.unitOf', { no: field.name + 1 })}
            options={UNITS.map((u) => ({ value: u, label: t(`rfq.unit.${u}`) }))}
            data-testid="item-unit"
          />
        </CellItem>
      ),
    },
    {
      title: '',
      key: 'remove',
      width: 48,
      render: (_, field) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={count <= 1}
          onClick={() => remove(field.name)}
          aria-label={t('rfq.form.item.remove', { no: field.name + 1 })}
          data-testid="item-remove"
        />
      ),
    },
  ];

  return (
    <Form<RfqFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void handleFinish(values)}
      scrollToFirstError
      data-testid="rfq-form"
    >
      <Flex vertical gap={24}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="rfq-form-alert"
          />
        )}
        <Card title={t('rfq.form.section.request')}>
          <Row gutter={24}>
            <Col xs={24} lg={14}>
              <Form.Item
                name="title"
                label={t('rfq.form.title')}
                rules={[
                  required(t('rfq.form.title')),
                  { whitespace: true, message: t('rfq.problem.required', { field: t('rfq.form.title') }) },
                  tooLong(MAX_TITLE),
                ]}
              >
                <Input
                  maxLength={MAX_TITLE}
                  placeholder={t('rfq.form.titlePlaceholder')}
                  data-testid="rfq-title-input"
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={10}>
              <Form.Item
                name="categoryId"
                label={t('rfq.form.category')}
                required={!!openToCategory}
                rules={[
                  checkedBy((value: string | null | undefined) =>
                    form.getFieldValue('openToCategory') && !value ? t('rfq.problem.categoryForOpen') : null,
                  ),
                ]}
                dependencies={['openToCategory']}
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={categories.isPending}
                  placeholder={t('rfq.form.categoryPlaceholder')}
                  options={(categories.data?.items ?? []).map((c) => ({
                    value: c.id,
                    label: language === 'en' ? c.nameEn : c.nameZh,
                  }))}
                  data-testid="rfq-category"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('rfq.form.description')} rules={[tooLong(MAX_DESCRIPTION)]}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={MAX_DESCRIPTION}
              placeholder={t('rfq.form.descriptionPlaceholder')}
              data-testid="rfq-description-input"
            />
          </Form.Item>
        </Card>

        <Card title={t('rfq.form.section.items')}>
          <ListTable
            name="items"
            rules={[atLeastOneRow(t('rfq.problem.items'))]}
            columns={({ remove }, count) => itemColumns(remove, count)}
            gap={12}
            scrollX={820}
            testId="items-editor"
            footer={({ add }, count) => (
              <AddRowButton disabled={count >= MAX_ITEMS} onClick={() => add(emptyItem())} testId="item-add">
                {t('rfq.form.item.add')}
              </AddRowButton>
            )}
          />
        </Card>

        <Card title={t('rfq.form.section.delivery')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="deliveryDate"
                label={t('rfq.form.deliveryDate')}
                dependencies={['deadline']}
                rules={[
                  required(t('rfq.form.deliveryDate')),
                  checkedBy((value: Dayjs | null | undefined) => {
                    const deadline = form.getFieldValue('deadline') as Dayjs | null | undefined;
                    return value && deliveryBeforeDeadline(value.format('YYYY-MM-DD'), deadline?.toDate())
                      ? t('rfq.problem.deliveryBeforeDeadline')
                      : null;
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="rfq-delivery-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="deliveryRegion"
                label={t('rfq.form.region')}
                rules={[required(t('rfq.form.region'))]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('rfq.form.regionPlaceholder')}
                  options={REGIONS.map((r) => ({ value: r.code, label: language === 'en' ? r.en : r.zh }))}
                  data-testid="rfq-region"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="deliveryAddress" label={t('rfq.form.address')} rules={[tooLong(MAX_ADDRESS)]}>
                <Input
                  maxLength={MAX_ADDRESS}
                  placeholder={t('rfq.form.addressPlaceholder')}
                  data-testid="rfq-address"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="acceptedPaymentTerms"
            label={t('rfq.form.paymentTerms')}
            rules={[{ type: 'array', min: 1, required: true, message: t('rfq.problem.paymentTerms') }]}
            extra={t('rfq.form.paymentTermsHint')}
          >
            <Checkbox.Group
              options={PAYMENT_TERMS.map((p) => ({ value: p, label: t(`rfq.paymentTerm.${p}`) }))}
              data-testid="rfq-payment-terms"
            />
          </Form.Item>
        </Card>

        <Card title={t('rfq.form.section.quoting')}>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item
                name="deadline"
                label={t('rfq.form.deadline')}
                required
                extra={t('rfq.form.deadlineHint')}
                rules={[
                  {
                    validator: (_rule, value: Dayjs | null | undefined) => {
                      const p = deadlineProblem(value?.toDate(), Date.now());
                      return p
                        ? Promise.reject(new Error(t(`rfq.problem.deadline.${p}`)))
                        : Promise.resolve();
                    },
                  },
                ]}
              >
                <MinutePicker style={{ width: '100%' }} data-testid="rfq-deadline" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <SwitchItem
                name="sealed"
                label={t('rfq.form.sealed')}
                extra={t('rfq.form.sealedHint')}
                testId="rfq-sealed-switch"
              />
            </Col>
            <Col xs={24} md={8}>
              <SwitchItem
                name="openToCategory"
                label={t('rfq.form.openToCategory')}
                extra={t('rfq.form.openToCategoryHint')}
                testId="rfq-open-switch"
              />
            </Col>
          </Row>
          <Form.Item
            name="invitedSellerIds"
            label={t('rfq.form.invitedSellers')}
            required={!openToCategory}
            extra={t('rfq.form.invitedSellersHint')}
            dependencies={['openToCategory']}
            rules={[
              checkedBy((value: string[] | undefined) => {
                const ids = value ?? [];
                if (ids.length > MAX_INVITED) return t('rfq.problem.tooManySellers', { max: MAX_INVITED });
                return ids.length === 0 && !form.getFieldValue('openToCategory')
                  ? t('rfq.problem.sellers')
                  : null;
              }),
            ]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              showSearch={{ filterOption: false, onSearch: setSellerSearch, searchValue: sellerSearch }}
              loading={isFetching}
              placeholder={t(
                openToCategory ? 'rfq.form.invitedSellersOptional' : 'rfq.form.invitedSellersPlaceholder',
              )}
              notFoundContent={t('rfq.form.noSellers')}
              options={sellerOptions}
              onChange={(ids) => {
                setSellerSearch('');
                setChosen((prev) => {
                  const next = new Map<string, SellerOption>();
                  for (const id of ids) {
                    const known = prev.get(id) ?? sellers.find((s) => s.id === id);
                    if (known) next.set(id, known);
                  }
                  return next;
                });
              }}
              data-testid="rfq-sellers"
            />
          </Form.Item>
        </Card>

        <Collapse
          items={[
            {
              key: 'advanced',
              label: t('rfq.form.section.advanced'),
              forceRender: true,
              children: (
                <Row gutter={24}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name="costOfCapital"
                      label={t('rfq.form.costOfCapital')}
                      extra={t('rfq.form.costOfCapitalHint')}
                      rules={[
                        checkedBy((value: string | undefined) =>
                          costOfCapitalValid(value) ? null : t('rfq.problem.costOfCapital'),
                        ),
                      ]}
                    >
                      <Input
                        inputMode="decimal"
                        suffix="%"
                        style={{ maxWidth: 160 }}
                        data-testid="rfq-cost-of-capital"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <SwitchItem
                      name="vatRecoverable"
                      label={t('rfq.form.vatRecoverable')}
                      extra={t('rfq.form.vatRecoverableHint')}
                      testId="rfq-vat-switch"
                    />
                  </Col>
                </Row>
              ),
            },
          ]}
        />

        <Flex gap={8} justify="flex-end" wrap>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('rfq.form.saveHint')}
          </Typography.Text>
          <Button
            onClick={() => void navigate(rfq ? rfqPath(rfq.id) : '/rfqs')}
            data-testid="rfq-form-cancel"
          >
            {t('rfq.common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={pending}
            data-testid="rfq-save"
          >
            {t('rfq.form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
