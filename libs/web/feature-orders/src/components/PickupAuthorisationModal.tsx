import { Alert, AutoComplete, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PICKUP_MAX_VALIDITY_DAYS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, useErrorText } from '@tradeway/web/ui';
import { type IssuedPickupView, type ShipmentView, useIssuePickup } from '../data/fulfilment.queries';
import { isUuid, pickupWindowProblem } from '../utils/shipping';
import { useNameIn } from './use-party-name';

interface PickupValues {
  logisticsCompanyId?: string;
  driverName?: string;
  vehiclePlate?: string;
  validity?: [Dayjs | null, Dayjs | null] | null;
}

export interface KnownCarrier {
  id: string;
  name: string;
  /** Its English name, if it gave one (absent in what older pages remembered). */
  nameEn?: string | null;
}

const MAX_DRIVER = 60;
const MAX_PLATE = 20;
/** The default validity: two days from now. */
const DEFAULT_HOURS = 48;
const RECENT_KEY = 'tradeway.recentCarriers';
const RECENT_MAX = 8;

/** The logistics companies this browser authorised lately (there is no company directory to search yet). */
export function recentCarriers(): KnownCarrier[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (c): c is KnownCarrier =>
            typeof c === 'object' &&
            c !== null &&
            isUuid((c as KnownCarrier).id) &&
            typeof (c as KnownCarrier).name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

function rememberCarrier(carrier: KnownCarrier) {
  try {
    const rest = recentCarriers().filter((c) => c.id !== carrier.id);
    localStorage.setItem(RECENT_KEY, JSON.stringify([carrier, ...rest].slice(0, RECENT_MAX)));
  } catch {
    // private mode or full storage: the list is a convenience only
  }
}

/**
 * The buyer authorises a logistics company to collect a planned shipment (提货授权): the
 * company (by its platform ID; those authorised before are offered), driver, vehicle plate and
 * the validity, at most 30 days from now. On success the caller shows the code, once.
 */
export function PickupAuthorisationModal({
  orderId,
  shipment,
  known,
  onIssued,
  onClose,
}: {
  orderId: string;
  shipment: ShipmentView;
  /** Companies already authorised on this order. */
  known: readonly KnownCarrier[];
  onIssued: (pickup: IssuedPickupView) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameIn = useNameIn();
  const errorText = useErrorText();
  const [form] = Form.useForm<PickupValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const [openedAt] = useState(() => dayjs());
  const issue = useIssuePickup(orderId);
  const typedCompany = Form.useWatch('logisticsCompanyId', form);

  const carriers = useMemo(() => {
    const all = new Map<string, KnownCarrier>();
    for (const c of [...known, ...recentCarriers()]) if (!all.has(c.id)) all.set(c.id, c);
    // Named in the page's language; both names are searched.
    return [...all.values()].map((c) => ({
      id: c.id,
      name: nameIn(c.name, c.nameEn),
      names: [c.name, c.nameEn ?? ''].join(' ').toLowerCase(),
    }));
  }, [known, nameIn]);
  const chosen = carriers.find((c) => c.id === typedCompany?.trim().toLowerCase());

  const handleFinish = async (values: PickupValues) => {
    setAlert(null);
    const [from, until] = values.validity ?? [null, null];
    const now = new Date();
    try {
      const pickup = await issue.mutateAsync({
        shipmentId: shipment.id,
        logisticsCompanyId: (values.logisticsCompanyId ?? '').trim().toLowerCase(),
        driverName: values.driverName?.trim() ?? '',
        vehiclePlate: values.vehiclePlate?.trim() ?? '',
        // A start already past means "from now", which the server takes by default.
        ...(from && from.valueOf() > now.getTime() ? { validFrom: from.toISOString() } : {}),
        validUntil: (until as Dayjs).toISOString(),
      });
      rememberCarrier({
        id: pickup.logisticsCompanyId,
        name: pickup.logisticsCompanyName,
        nameEn: pickup.logisticsCompanyNameEn,
      });
      onIssued(pickup);
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: ['logisticsCompanyId', 'driverName', 'vehiclePlate', 'validity'],
        rename: (path) => (path === 'validFrom' || path === 'validUntil' ? 'validity' : path),
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Modal
      open
      title={t('fulfilment.pickup.title', { number: shipment.number })}
      okText={t('fulfilment.pickup.submit')}
      cancelText={t('fulfilment.common.cancel')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t('fulfilment.pickup.text', {
          warehouse: nameIn(shipment.warehouseName, shipment.warehouseNameEn) || t('fulfilment.common.none'),
        })}
      </Typography.Paragraph>
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="pickup-error" />
      )}
      <Form<PickupValues>
        form={form}
        layout="vertical"
        initialValues={{ validity: [openedAt, openedAt.add(DEFAULT_HOURS, 'hour')] }}
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => alert && setAlert(null)}
        data-testid="pickup-form"
      >
        <Form.Item
          name="logisticsCompanyId"
          label={t('fulfilment.pickup.company')}
          extra={
            chosen ? (
              <Typography.Text type="success" data-testid="pickup-company-name">
                {chosen.name}
              </Typography.Text>
            ) : (
              t('fulfilment.pickup.companyHint')
            )
          }
          rules={[
            { required: true, whitespace: true, message: t('fulfilment.pickup.companyRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isUuid(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('fulfilment.pickup.companyInvalid'))),
            },
          ]}
        >
          <AutoComplete
            placeholder={t('fulfilment.pickup.companyPlaceholder')}
            options={carriers.map((c) => ({
              value: c.id,
              label: (
                <Flex justify="space-between" gap={12}>
                  <span>{c.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.id.slice(0, 8)}…
                  </Typography.Text>
                </Flex>
              ),
            }))}
            filterOption={(input, option) => {
              const c = carriers.find((x) => x.id === option?.value);
              const q = input.trim().toLowerCase();
              return !q || (!!c && (c.names.includes(q) || c.id.startsWith(q)));
            }}
            data-testid="pickup-company"
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="driverName"
            label={t('fulfilment.pickup.driver')}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, whitespace: true, message: t('fulfilment.pickup.driverRequired') },
              { max: MAX_DRIVER, message: t('fulfilment.common.tooLong', { max: MAX_DRIVER }) },
            ]}
          >
            <Input
              maxLength={MAX_DRIVER}
              placeholder={t('fulfilment.pickup.driverPlaceholder')}
              data-testid="pickup-driver-input"
            />
          </Form.Item>
          <Form.Item
            name="vehiclePlate"
            label={t('fulfilment.pickup.plate')}
            style={{ flex: '1 1 180px' }}
            rules={[
              { required: true, whitespace: true, message: t('fulfilment.pickup.plateRequired') },
              { max: MAX_PLATE, message: t('fulfilment.common.tooLong', { max: MAX_PLATE }) },
            ]}
          >
            <Input
              maxLength={MAX_PLATE}
              placeholder={t('fulfilment.pickup.platePlaceholder')}
              data-testid="pickup-plate-input"
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="validity"
          label={t('fulfilment.pickup.validity')}
          extra={t('fulfilment.pickup.validityHint', { days: PICKUP_MAX_VALIDITY_DAYS })}
          rules={[
            {
              validator: (_, value: PickupValues['validity']) => {
                const problem = pickupWindowProblem(
                  value?.[0]?.toDate() ?? null,
                  value?.[1]?.toDate() ?? null,
                  new Date(),
                );
                return problem
                  ? Promise.reject(
                      new Error(t(`fulfilment.pickup.${problem}`, { days: PICKUP_MAX_VALIDITY_DAYS })),
                    )
                  : Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, false]}
            style={{ width: '100%' }}
            placeholder={[t('fulfilment.pickup.validFrom'), t('fulfilment.pickup.validUntil')]}
            disabledDate={(d) =>
              d.isBefore(dayjs().startOf('day')) || d.isAfter(dayjs().add(PICKUP_MAX_VALIDITY_DAYS, 'day'))
            }
            data-testid="pickup-validity-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
