import type { OrderShipmentsView } from '../data/fulfilment.queries';
import type {
  DeskPageView,
  DeskRowView,
  DisputeDetailView,
  OrderReceiptsView,
  ReceiptView,
} from '../data/receipts.queries';
import { BUYER_ID, LINE_ID, ORDER_ID, SELLER_ID, uuid } from './order-fixtures';

/** Receipts, disputes and the desk as the API sends them, for the component tests of these screens. */
export const SHIPMENT_ID = uuid(731);
export const SHIPMENT_LINE_ID = uuid(732);
export const RECEIPT_ID = uuid(741);
export const DISPUTE_ID = uuid(751);
export const LINE2_ID = uuid(712);

export const shipments = (): OrderShipmentsView => ({
  orderId: ORDER_ID,
  orderNumber: 'PO-20261126-000042',
  orderStatus: 'in_fulfilment',
  side: 'buyer',
  lines: [
    {
      orderLineId: LINE_ID,
      lineNo: 1,
      unit: 't',
      ordered: '1000.000',
      shipped: '10.000',
      remaining: '990.000',
    },
  ],
  fullyShipped: false,
  allShipmentsArrived: true,
  shipments: [
    {
      id: SHIPMENT_ID,
      orderId: ORDER_ID,
      number: 'PO-20261126-000042-S1',
      status: 'arrived',
      warehouseId: uuid(10),
      warehouseName: '崇左糖业物流仓',
      warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
      carrierName: '嘉运物流',
      trackingNumber: 'JY-778812',
      createdAt: '2026-11-27T02:00:00.000Z',
      departedAt: '2026-11-27T04:00:00.000Z',
      arrivedAt: '2026-11-28T06:00:00.000Z',
      lines: [
        {
          id: SHIPMENT_LINE_ID,
          orderLineId: LINE_ID,
          lineNo: 1,
          skuCode: 'white-sugar-gx-g1',
          description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
          quantity: '10.000',
          unit: 't',
        },
      ],
      tracking: [],
      authorisations: [],
      allowedActions: [],
    },
  ],
});

export const receipt = (over: Partial<ReceiptView> = {}): ReceiptView => ({
  id: RECEIPT_ID,
  shipmentId: SHIPMENT_ID,
  shipmentNumber: 'PO-20261126-000042-S1',
  toleranceBps: 50,
  outcome: 'disputed',
  note: '地磅单 No. 20261128-17',
  receivedAt: '2026-11-28T08:00:00.000Z',
  lines: [
    {
      orderLineId: LINE_ID,
      lineNo: 1,
      skuCode: 'white-sugar-gx-g1',
      description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
      unit: 't',
      orderedGrade: '一级',
      grade: '一级',
      shippedQuantity: '10.000',
      receivedQuantity: '9.800',
      variance: '-0.200',
      varianceBps: -200,
      toleranceBps: 50,
      withinTolerance: false,
      gradeMatches: true,
    },
  ],
  ...over,
});

export const overview = (over: Partial<OrderReceiptsView> = {}): OrderReceiptsView => ({
  orderId: ORDER_ID,
  orderNumber: 'PO-20261126-000042',
  side: 'buyer',
  status: 'in_fulfilment',
  version: 5,
  currency: 'CNY',
  totalMinor: '675467561',
  creditedMinor: '0',
  adjustedTotalMinor: '675467561',
  toleranceBps: 50,
  autoAcceptDays: 7,
  deliveredAt: null,
  autoAcceptDueAt: null,
  acceptedAt: null,
  shipments: [
    {
      id: SHIPMENT_ID,
      number: 'PO-20261126-000042-S1',
      status: 'arrived',
      arrivedAt: '2026-11-28T06:00:00.000Z',
      receiptId: null,
    },
  ],
  receipts: [],
  disputes: [],
  allowedActions: ['record_receipt'],
  ...over,
});

export const dispute = (over: Partial<DisputeDetailView> = {}): DisputeDetailView => ({
  id: DISPUTE_ID,
  orderId: ORDER_ID,
  orderNumber: 'PO-20261126-000042',
  receiptId: RECEIPT_ID,
  shipmentNumber: 'PO-20261126-000042-S1',
  status: 'open',
  reason: '第 1 行 实收 received 9.800 / 发货 shipped 10.000 t (-200 bps, 允差 tolerance ±50 bps)',
  openedAt: '2026-11-28T08:00:00.000Z',
  proposal: null,
  outcome: null,
  resolvedAt: null,
  evidenceCount: 1,
  version: 1,
  viewer: 'buyer',
  buyerId: BUYER_ID,
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  sellerId: SELLER_ID,
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  orderStatus: 'disputed',
  currency: 'CNY',
  orderTotalMinor: '675467561',
  creditedElsewhereMinor: '0',
  maxCreditMinor: '675467561',
  lines: [
    {
      id: LINE_ID,
      lineNo: 1,
      skuCode: 'white-sugar-gx-g1',
      description: '广西白砂糖 一级 / Guangxi white cane sugar, grade 1',
      unit: 't',
      grade: '一级',
      orderedQuantity: '1000.000',
      heldQuantity: '9.800',
      totalMinor: '675467561',
    },
    {
      id: LINE2_ID,
      lineNo: 2,
      skuCode: 'white-sugar-gx-g2',
      description: '广西白砂糖 二级 / Guangxi white cane sugar, grade 2',
      unit: 't',
      grade: '二级',
      orderedQuantity: '5.000',
      heldQuantity: '5.000',
      totalMinor: '2900000',
    },
  ],
  receipts: [receipt()],
  evidence: [
    {
      id: uuid(761),
      fileName: '地磅单.jpg',
      contentType: 'image/jpeg',
      sizeBytes: 183_406,
      uploadedBy: 'buyer',
      uploadedAt: '2026-11-28T08:10:00.000Z',
    },
  ],
  history: [
    {
      id: uuid(771),
      kind: 'order.disputed',
      actor: 'buyer',
      at: '2026-11-28T08:00:00.000Z',
      data: { disputeIds: [DISPUTE_ID] },
    },
    {
      id: uuid(772),
      kind: 'dispute.evidence_added',
      actor: 'buyer',
      at: '2026-11-28T08:10:00.000Z',
      data: { disputeId: DISPUTE_ID, fileName: '地磅单.jpg' },
    },
  ],
  allowedActions: ['propose', 'upload_evidence'],
  ...over,
});

export const deskRow = (n: number, over: Partial<DeskRowView> = {}): DeskRowView => ({
  id: uuid(780 + n),
  orderId: uuid(790 + n),
  orderNumber: `PO-2026112${n}-00004${n}`,
  buyerId: BUYER_ID,
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  sellerId: SELLER_ID,
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  status: 'open',
  reason: '短重',
  openedAt: `2026-11-2${n}T08:00:00.000Z`,
  currency: 'CNY',
  orderTotalMinor: '5950000',
  proposedBy: null,
  evidenceCount: n,
  ...over,
});

export const deskPage = (items: DeskRowView[], total = items.length): DeskPageView =>
  ({ items, page: 1, pageSize: 20, total }) as DeskPageView;
