import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import {
  type LineShippingView,
  type OrderShipmentsView,
  useCreateShipment,
  useWarehouseNames,
} from '../data/fulfilment.queries';
import type { OrderView } from '../data/types';
import {
  formPathOf,
  isShipped,
  plainQuantity,
  shipmentLinesInput,
  shipmentWarehouses,
  shipQuantityProblem,
  toThousandths,
} from '../utils/shipping';
import { useLineDescription, useNameIn } from './use-party-name';

interface NewShipmentValues {
  lines?: Array<{ quantity?: string }>;
  warehouseId?: string;
  carrierName?: string;
  trackingNumber?: string;
}

const MAX_CARRIER = 100;
const MAX_TRACKING = 60;

/**
 * The seller plans a shipment of part of the order (split delivery): per line a quantity,
 * pre-filled with what is left to ship and checked on the field (not above it, at most three
 * decimals; a line at 0 stays out); the warehouse it leaves from when the order's stock lies in
 * several; carrier and tracking number. The API's refusals land on the field they name.
 */
export function ShipmentsNewDrawer({
  order,
  shipping,
  onClose,
}: {
  order: OrderView;
  shipping: OrderShipmentsView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const f = useFigures('orders');
  const nameIn = useNameIn();
  const describe = useLineDescription();
  const [form] = Form.useForm<NewShipmentValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateShipment(order.id);
  const catalog = useWarehouseNames(order.delivery.mode === 'pickup');

  const warehouses = useMemo(() => {
    const names = new Map<string, string>(
      (catalog.data?.items ?? []).map((w) => [w.id, language === 'en' && w.nameEn ? w.nameEn : w.name]),
    );
    // The reservations' warehouses, named in the page's language.
    const reservations = order.reservations.map((r) => ({
      ...r,
      warehouseName: nameIn(r.warehouseName, r.warehouseNameEn),
    }));
    return shipmentWarehouses(reservations, order.delivery, names);
  }, [catalog.data, language, nameIn, order.reservations, order.delivery]);
  const chooseWarehouse = warehouses.length > 1;
  const fields = ['lines', 'carrierName', 'trackingNumber', ...(chooseWarehouse ? ['warehouseId'] : [])];

  const initialValues: NewShipmentValues = {
    lines: shipping.lines.map((l) => ({
      quantity: isShipped(l.remaining) ? plainQuantity(l.remaining) : '',
    })),
    carrierName: '',
    trackingNumber: '',
  };

  const handleFinish = async (values: NewShipmentValues) => {
    setAlert(null);
    const { lines, rowOf } = shipmentLinesInput(
      shipping.lines.map((l, i) => ({ orderLineId: l.orderLineId, quantity: values.lines?.[i]?.quantity })),
    );
    if (lines.length === 0) {
      setAlert(t('fulfilment.form.noLines'));
      return;
    }
    try {
      const shipment = await create.mutateAsync({
        orderId: order.id,
        lines,
        ...(chooseWarehouse && values.warehouseId ? { warehouseId: values.warehouseId } : {}),
        carrierName: values.carrierName?.trim() ?? '',
        trackingNumber: values.trackingNumber?.trim() ?? '',
      });
      void message.success(t('fulfilment.form.done', { number: shipment.number }));
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields,
        rename: (path) => formPathOf(path, rowOf),
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const orderLine = (id: string) => order.lines.find((l) => l.id === id);
  const columns: TableColumnsType<LineShippingView> = [
    { title: t('fulfilment.progress.line'), dataIndex: 'lineNo', width: 52, align: 'center' },
    {
      title: t('fulfilment.progress.goods'),
      key: 'goods',
      render: (_, l) => {
        const line = orderLine(l.orderLineId);
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: line?.description }}>
              {line ? describe(line.description) : ''}
            </Typography.Text>
            <Typography.Text code style={{ fontSize: 12, width: 'fit-content' }}>
              {line?.skuCode ?? ''}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('fulfilment.progress.remaining'),
      key: 'remaining',
      align: 'right',
      width: 120,
      render: (_, l) => (
        <Flex vertical gap={0} align="flex-end">
          <Typography.Text strong style={NUMERIC}>
            {f.quantity(l.remaining, l.unit)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
            {t('fulfilment.form.ofOrdered', { ordered: f.quantity(l.ordered, l.unit) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('fulfilment.form.quantity'),
      key: 'quantity',
      width: 210,
      render: (_, l, index) => {
        const done = (toThousandths(l.remaining) ?? 0n) === 0n;
        return (
          <Form.Item
            name={['lines', index, 'quantity']}
            style={{ marginBottom: 0 }}
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const problem = shipQuantityProblem(value, l.remaining);
                  return problem
                    ? Promise.reject(
                        new Error(
                          t(`fulfilment.form.${problem}`, { remaining: f.quantity(l.remaining, l.unit) }),
                        ),
                      )
                    : Promise.resolve();
                },
              },
            ]}
          >
            <Input
              inputMode="decimal"
              autoComplete="off"
              disabled={done}
              placeholder={done ? t('fulfilment.progress.done') : '0'}
              suffix={<Typography.Text type="secondary">{f.unit(l.unit)}</Typography.Text>}
              style={{ textAlign: 'right' }}
              aria-label={t('fulfilment.form.quantityOf', { line: l.lineNo })}
              data-testid="shipment-quantity"
            />
          </Form.Item>
        );
      },
    },
  ];

  return (
    <Drawer
      open
      size={760}
      title={t('fulfilment.form.title', { number: order.number })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('fulfilment.common.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => form.submit()}
            data-testid="shipment-submit"
          >
            {t('fulfilment.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<NewShipmentValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void handleFinish(v)}
        onValuesChange={() => alert && setAlert(null)}
        data-testid="shipment-form"
      >
        <Typography.Paragraph type="secondary">{t('fulfilment.form.hint')}</Typography.Paragraph>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            style={{ marginBottom: 16 }}
            data-testid="shipment-form-error"
          />
        )}
        <Table<LineShippingView>
          rowKey="orderLineId"
          size="small"
          tableLayout="fixed"
          pagination={false}
          columns={columns}
          dataSource={shipping.lines}
          style={{ marginBottom: 24 }}
          data-testid="shipment-form-lines"
        />
        {chooseWarehouse && (
          <Form.Item
            name="warehouseId"
            label={t('fulfilment.form.warehouse')}
            extra={t('fulfilment.form.warehouseHint')}
            rules={[{ required: true, message: t('fulfilment.form.warehouseRequired') }]}
          >
            <Select
              placeholder={t('fulfilment.form.warehousePlaceholder')}
              options={warehouses.map((w) => ({ value: w.id, label: w.name || w.id }))}
              data-testid="shipment-warehouse"
            />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item
            name="carrierName"
            label={t('fulfilment.form.carrier')}
            style={{ flex: '1 1 260px' }}
            rules={[{ max: MAX_CARRIER, message: t('fulfilment.common.tooLong', { max: MAX_CARRIER }) }]}
          >
            <Input
              maxLength={MAX_CARRIER}
              placeholder={t('fulfilment.form.carrierPlaceholder')}
              data-testid="shipment-carrier-input"
            />
          </Form.Item>
          <Form.Item
            name="trackingNumber"
            label={t('fulfilment.form.trackingNumber')}
            style={{ flex: '1 1 220px' }}
            rules={[{ max: MAX_TRACKING, message: t('fulfilment.common.tooLong', { max: MAX_TRACKING }) }]}
          >
            <Input maxLength={MAX_TRACKING} data-testid="shipment-tracking-input" />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
