import type {
  IssuedPickupView,
  OrderShipmentsView,
  PickupTaskPageView,
  PickupTaskView,
  PickupView,
  ShipmentView,
} from '../data/fulfilment.queries';
import { LINE_ID, ORDER_ID, uuid } from './order-fixtures';

/** Shipments, pickup authorisations and collection jobs as the fulfilment API sends them, for component tests. */
export const WAREHOUSE_ID = uuid(10);
export const WAREHOUSE2_ID = uuid(12);
export const CARRIER_ID = uuid(300);
export const SHIPMENT_ID = uuid(901);
export const SHIPMENT2_ID = uuid(902);
export const PICKUP_ID = uuid(951);
export const LINE2_ID = uuid(712);

export const pickup = (over: Partial<PickupView> = {}): PickupView => ({
  id: PICKUP_ID,
  shipmentId: SHIPMENT_ID,
  logisticsCompanyId: CARRIER_ID,
  logisticsCompanyName: '青岛嘉运供应链管理有限公司',
  logisticsCompanyNameEn: 'Qingdao Jiayun Supply Chain Co., Ltd.',
  driverName: '王师傅',
  vehiclePlate: '桂A12345',
  status: 'issued',
  validFrom: '2026-11-27T01:00:00.000Z',
  validUntil: '2026-11-29T01:00:00.000Z',
  issuedAt: '2026-11-27T01:00:00.000Z',
  usedAt: null,
  revokedAt: null,
  ...over,
});

export const shipment = (over: Partial<ShipmentView> = {}): ShipmentView => ({
  id: SHIPMENT_ID,
  orderId: ORDER_ID,
  number: 'PO-20261126-000042-S1',
  status: 'planned',
  warehouseId: WAREHOUSE_ID,
  warehouseName: '崇左糖业物流仓',
  warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
  carrierName: '',
  trackingNumber: '',
  createdAt: '2026-11-27T01:00:00.000Z',
  departedAt: null,
  arrivedAt: null,
  lines: [
    {
      id: uuid(921),
      orderLineId: LINE_ID,
      lineNo: 1,
      skuCode: 'white-sugar-gx-g1',
      description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
      quantity: '300.000',
      unit: 't',
    },
  ],
  tracking: [],
  authorisations: [],
  allowedActions: [],
  ...over,
});

export const shipments = (over: Partial<OrderShipmentsView> = {}): OrderShipmentsView => ({
  orderId: ORDER_ID,
  orderNumber: 'PO-20261126-000042',
  orderStatus: 'in_fulfilment',
  side: 'seller',
  lines: [
    {
      orderLineId: LINE_ID,
      lineNo: 1,
      unit: 't',
      ordered: '1000.000',
      shipped: '300.000',
      remaining: '700.000',
    },
  ],
  fullyShipped: false,
  allShipmentsArrived: false,
  shipments: [shipment()],
  ...over,
});

export const issued = (over: Partial<IssuedPickupView> = {}): IssuedPickupView => ({
  ...pickup(),
  code: 'K7QM-4XRT-9WBN',
  ...over,
});

export const task = (over: Partial<PickupTaskView> = {}): PickupTaskView => ({
  authorisationId: PICKUP_ID,
  status: 'issued',
  validFrom: '2026-11-27T01:00:00.000Z',
  validUntil: '2099-11-29T01:00:00.000Z',
  issuedAt: '2026-11-27T01:00:00.000Z',
  usedAt: null,
  driverName: '王师傅',
  vehiclePlate: '桂A12345',
  logisticsCompanyId: CARRIER_ID,
  logisticsCompanyName: '青岛嘉运供应链管理有限公司',
  logisticsCompanyNameEn: 'Qingdao Jiayun Supply Chain Co., Ltd.',
  shipmentId: SHIPMENT_ID,
  shipmentNumber: 'PO-20261126-000042-S1',
  shipmentStatus: 'planned',
  orderNumber: 'PO-20261126-000042',
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  warehouse: {
    id: WAREHOUSE_ID,
    name: '崇左糖业物流仓',
    nameEn: 'Chongzuo Sugar Logistics Warehouse',
    city: '崇左',
    address: '广西崇左市江州区糖业大道 8 号',
  },
  goods: [
    {
      skuCode: 'white-sugar-gx-g1',
      description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
      specCode: 'GB/T 317',
      grade: '一级',
      quantity: '300.000',
      unit: 't',
    },
  ],
  ...over,
});

export const taskPage = (
  items: PickupTaskView[],
  over: { total?: number; page?: number } = {},
): PickupTaskPageView => ({
  items,
  page: over.page ?? 1,
  pageSize: 20,
  total: over.total ?? items.length,
});
