import { ExportOutlined, HomeOutlined, KeyOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  type InputRef,
  Row,
  Segmented,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { type HTMLAttributes, type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PickupStatus } from '@tradeway/shared/contracts';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, formProblems, PageHeader, useErrorText } from '@tradeway/web/ui';
import {
  DriverAndPlate,
  PickupGoods,
  PickupStatusTag,
  PickupValidity,
} from '../components/PickupAuthorisationParts';
import {
  PICKUPS_PAGE_SIZE,
  type PickupReleaseView,
  type PickupTaskView,
  useAwaitingRelease,
  useReleasePickup,
  useWarehousePickups,
} from '../data/fulfilment.queries';
import { useNameIn } from '../components/use-party-name';
import { codeSymbols, formatCode, PICKUP_CODE_LENGTH } from '../utils/shipping';

/** The list's tabs and the statuses each asks for. */
const TABS = { awaiting: ['issued'], used: ['used'], all: [] } as const satisfies Record<
  string,
  readonly PickupStatus[]
>;
type Tab = keyof typeof TABS;
const isTab = (v: string | null): v is Tab => v !== null && v in TABS;

/** The refusals of a release the desk names in its own words (the API's message follows). */
const REFUSALS = [
  'PICKUP_CODE_INVALID',
  'PICKUP_AUTH_USED',
  'PICKUP_AUTH_EXPIRED',
  'PICKUP_AUTH_REVOKED',
  'PICKUP_AUTH_NOT_YET_VALID',
  'PICKUP_AUTH_WRONG_SHIPMENT',
  'NOT_FOUND',
] as const;
type Refusal = (typeof REFUSALS)[number] | 'other';
const refusalOf = (code: string | undefined): Refusal =>
  (REFUSALS as readonly string[]).includes(code ?? '') ? (code as Refusal) : 'other';

interface ReleaseValues {
  shipmentId?: string;
  code?: string;
}

type Outcome = { ok: true; release: PickupReleaseView } | { ok: false; refusal: Refusal; text: string };

/**
 * `/warehouse-release` (seller portal, `warehouse:operate`): the desk of the warehouses my
 * company operates. The collections awaiting release (driver, plate, validity) and those
 * released; a form taking the shipment and the code the driver presents, which releases the
 * goods once — a used, expired, revoked, early or wrong code is refused, said plainly in the
 * page's language, and nothing moves. The lists refresh after every attempt.
 */
export function WarehouseReleasePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameIn = useNameIn();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'awaiting';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const list = useWarehousePickups(TABS[tab], page);
  const awaiting = useAwaitingRelease();
  const release = useReleasePickup();
  const [form] = Form.useForm<ReleaseValues>();
  const codeInput = useRef<InputRef>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const shipmentId = Form.useWatch('shipmentId', form);

  const setQuery = (nextTab: Tab, nextPage = 1) => {
    const next = new URLSearchParams();
    if (nextTab !== 'awaiting') next.set('tab', nextTab);
    if (nextPage > 1) next.set('page', String(nextPage));
    setParams(next);
  };

  /** One choice per shipment awaiting release (one valid authorisation each). */
  const choices = useMemo(() => {
    const seen = new Map<string, PickupTaskView>();
    for (const task of awaiting.data?.items ?? [])
      if (!seen.has(task.shipmentId)) seen.set(task.shipmentId, task);
    return [...seen.values()];
  }, [awaiting.data]);
  const selected = choices.find((c) => c.shipmentId === shipmentId);

  const choose = (task: PickupTaskView) => {
    form.setFieldsValue({ shipmentId: task.shipmentId, code: '' });
    form.setFields([{ name: 'code', errors: [] }]);
    setOutcome(null);
    codeInput.current?.focus();
  };

  const handleFinish = async (values: ReleaseValues) => {
    setOutcome(null);
    try {
      const released = await release.mutateAsync({
        shipmentId: values.shipmentId as string,
        code: (values.code ?? '').trim(),
      });
      setOutcome({ ok: true, release: released });
      form.resetFields();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, { fields: ['code', 'shipmentId'] });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setOutcome(
        needsAlert ? { ok: false, refusal: refusalOf(apiProblem(error).code), text: errorText(error) } : null,
      );
    }
  };

  const columns: TableColumnsType<PickupTaskView> = [
    {
      title: t('fulfilment.task.order'),
      key: 'order',
      width: 200,
      render: (_, task) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text
            code
            style={{ whiteSpace: 'nowrap', width: 'fit-content' }}
            data-testid="task-shipment"
          >
            {task.shipmentNumber}
          </Typography.Text>
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            ellipsis={{ tooltip: nameIn(task.buyerName, task.buyerNameEn) }}
          >
            {nameIn(task.buyerName, task.buyerNameEn)}
          </Typography.Text>
          {task.warehouse && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              ellipsis={{ tooltip: task.warehouse.address }}
            >
              <HomeOutlined /> {nameIn(task.warehouse.name, task.warehouse.nameEn)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('fulfilment.task.goods'),
      key: 'goods',
      render: (_, task) => <PickupGoods goods={task.goods} />,
    },
    {
      title: t('fulfilment.task.driver'),
      key: 'driver',
      width: 150,
      render: (_, task) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <DriverAndPlate driverName={task.driverName} vehiclePlate={task.vehiclePlate} />
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            ellipsis={{ tooltip: nameIn(task.logisticsCompanyName, task.logisticsCompanyNameEn) }}
          >
            {nameIn(task.logisticsCompanyName, task.logisticsCompanyNameEn)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('fulfilment.task.validityStatus'),
      key: 'status',
      width: 180,
      render: (_, task) => (
        <Flex vertical gap={4} align="flex-start">
          <PickupStatusTag status={task.status} />
          {task.usedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fulfilment.task.usedAt', { time: formatMoment(task.usedAt, language) })}
            </Typography.Text>
          ) : (
            <PickupValidity
              validFrom={task.validFrom}
              validUntil={task.validUntil}
              status={task.status}
              compact
            />
          )}
          {task.status === 'issued' && (
            <Button
              size="small"
              icon={<KeyOutlined />}
              onClick={() => choose(task)}
              data-testid="task-release"
            >
              {t('fulfilment.warehouse.release')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader title={t('fulfilment.warehouse.title')} hint={t('fulfilment.warehouse.hint')} />
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} xl={8}>
          <Card title={t('fulfilment.warehouse.formTitle')} data-testid="release-card">
            {outcome?.ok === true && (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="release-success"
                title={t('fulfilment.warehouse.released', {
                  shipment: outcome.release.task.shipmentNumber,
                  driver: outcome.release.task.driverName,
                  plate: outcome.release.task.vehiclePlate,
                })}
                description={t('fulfilment.warehouse.releasedText')}
              />
            )}
            {outcome?.ok === false && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="release-error"
                data-code={outcome.refusal}
                title={t(`fulfilment.warehouse.refused.${outcome.refusal}`)}
                description={`${outcome.text} ${t('fulfilment.warehouse.refusedHint')}`}
              />
            )}
            <Form<ReleaseValues>
              form={form}
              layout="vertical"
              onFinish={(v) => void handleFinish(v)}
              onValuesChange={(changed: ReleaseValues) => {
                if (changed.shipmentId !== undefined || (outcome && !outcome.ok)) setOutcome(null);
              }}
              data-testid="release-form"
            >
              <Form.Item
                name="shipmentId"
                label={t('fulfilment.warehouse.shipment')}
                rules={[{ required: true, message: t('fulfilment.warehouse.shipmentRequired') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('fulfilment.warehouse.shipmentPlaceholder')}
                  loading={awaiting.isPending}
                  notFoundContent={t('fulfilment.warehouse.noneAwaiting')}
                  options={choices.map((c) => ({
                    value: c.shipmentId,
                    label: t('fulfilment.warehouse.shipmentOption', {
                      shipment: c.shipmentNumber,
                      driver: c.driverName,
                      plate: c.vehiclePlate,
                    }),
                  }))}
                  data-testid="release-shipment"
                />
              </Form.Item>
              {selected && (
                <Flex
                  vertical
                  gap={10}
                  style={{
                    padding: 12,
                    marginBottom: 16,
                    background: '#f7f9fc',
                    border: '1px solid #e8ecf1',
                    borderRadius: 8,
                  }}
                  data-testid="release-check"
                >
                  <Typography.Text type="secondary" strong>
                    {t('fulfilment.warehouse.check')}
                  </Typography.Text>
                  <CheckRow label={t('fulfilment.task.driver')}>
                    <DriverAndPlate driverName={selected.driverName} vehiclePlate={selected.vehiclePlate} />
                  </CheckRow>
                  <CheckRow label={t('fulfilment.task.company')}>
                    {nameIn(selected.logisticsCompanyName, selected.logisticsCompanyNameEn)}
                  </CheckRow>
                  <CheckRow label={t('fulfilment.task.goods')}>
                    <PickupGoods goods={selected.goods} />
                  </CheckRow>
                  <CheckRow label={t('fulfilment.task.validity')}>
                    <PickupValidity
                      validFrom={selected.validFrom}
                      validUntil={selected.validUntil}
                      status={selected.status}
                    />
                  </CheckRow>
                </Flex>
              )}
              <Form.Item
                name="code"
                label={t('fulfilment.warehouse.code')}
                normalize={(v: string | undefined) => formatCode(v ?? '')}
                rules={[
                  { required: true, message: t('fulfilment.warehouse.codeRequired') },
                  {
                    validateTrigger: 'onBlur',
                    validator: (_, value: string | undefined) =>
                      !value || codeSymbols(value).length === PICKUP_CODE_LENGTH
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('fulfilment.warehouse.codeLength'))),
                  },
                ]}
                validateTrigger={['onChange', 'onBlur']}
              >
                <Input
                  ref={codeInput}
                  size="large"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={t('fulfilment.warehouse.codePlaceholder')}
                  style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 2 }}
                  data-testid="release-code"
                />
              </Form.Item>
              <Button
                type="primary"
                size="large"
                block
                icon={<ExportOutlined />}
                htmlType="submit"
                loading={release.isPending}
                data-testid="release-submit"
              >
                {t('fulfilment.warehouse.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card
            title={t('fulfilment.warehouse.listTitle')}
            extra={
              <Segmented<Tab>
                value={tab}
                onChange={(v) => setQuery(v)}
                options={(Object.keys(TABS) as Tab[]).map((k) => ({
                  value: k,
                  label: t(`fulfilment.warehouse.tab.${k}`),
                }))}
                data-testid="release-tabs"
              />
            }
          >
            {list.isError && (
              <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
            )}
            <Table<PickupTaskView>
              data-testid="release-table"
              rowKey="authorisationId"
              size="middle"
              tableLayout="fixed"
              scroll={{ x: 680 }}
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.isPending || list.isPlaceholderData}
              rowClassName={(task) => (task.shipmentId === shipmentId ? 'ant-table-row-selected' : '')}
              onRow={() => ({ 'data-testid': 'release-task' }) as HTMLAttributes<HTMLElement>}
              locale={{
                emptyText: list.isPending ? (
                  ' '
                ) : (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      tab === 'awaiting'
                        ? t('fulfilment.warehouse.empty')
                        : t('fulfilment.warehouse.emptyFiltered')
                    }
                  />
                ),
              }}
              pagination={{
                current: page,
                pageSize: PICKUPS_PAGE_SIZE,
                total: list.data?.total ?? 0,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (n) => t('fulfilment.common.total', { count: n }),
                onChange: (p) => setQuery(tab, p),
              }}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

/** One fact to compare before releasing: its name, and the value beside it. */
function CheckRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap={12} align="flex-start">
      <Typography.Text type="secondary" style={{ width: 100, flex: 'none' }}>
        {label}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Flex>
  );
}
