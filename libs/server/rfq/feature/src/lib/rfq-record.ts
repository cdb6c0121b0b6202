import type { SheetSpec } from '@tradeway/server/catalog/spreadsheet';
import type { Rfq, RfqComparison, RfqQuote } from '@tradeway/shared/contracts';

type Locale = 'zh-CN' | 'en';

/** What the procurement record holds (DESIGN.md §5: the process traceable end to end). */
export interface RfqRecord {
  readonly rfq: Rfq;
  /** null while sealed: the record then says the quotes are sealed. */
  readonly quotes: readonly RfqQuote[] | null;
  readonly rounds: ReadonlyArray<{
    roundNo: number;
    sellerId: string;
    message: string;
    closesAt: string;
    targets: ReadonlyArray<{ itemNo: number; targetUnitPrice: string }>;
    answeredAt: string | null;
  }>;
  /** The comparison the award was decided on, else the current one (null while sealed). */
  readonly comparison: RfqComparison | null;
  readonly awards: ReadonlyArray<{
    id: string;
    status: string;
    justification: string;
    createdAt: string;
    decidedAt: string | null;
    approvalRequestId: string | null;
    totalLandedMinor: string;
    totalMinor: string;
    allocations: ReadonlyArray<{ itemNo: number; sellerId: string; version: number; quantity: string }>;
    orderNumbers: readonly string[];
  }>;
  readonly sellerNames: ReadonlyMap<string, string>;
}

const col = (key: string, zh: string, en: string, type: 'text' | 'decimal' = 'text') => ({
  key,
  zh,
  en,
  type,
});
const yuan = (minor: string) => {
  const negative = minor.startsWith('-');
  const digits = (negative ? minor.slice(1) : minor).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/**
 * The whole history of an RFQ as worksheets for the buyer's files: the request and its items,
 * every quote version, the negotiation rounds, the comparison snapshot, the awards with their
 * approvals and orders, and the timeline. Amounts in yuan with two decimals, as numbers.
 */
export function rfqRecordSheets(record: RfqRecord, locale: Locale): SheetSpec[] {
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const seller = (id: string) => record.sellerNames.get(id) ?? id;
  const { rfq } = record;
  const sealedNote = t('报价密封至截止时间，截止前不可查看', 'Quotes are sealed until the deadline');

  const header: SheetSpec = {
    name: t('询价', 'RFQ'),
    columns: [col('field', '项目', 'Field'), col('value', '内容', 'Value')],
    headers: [t('项目', 'Field'), t('内容', 'Value')],
    rows: [
      [t('询价单号', 'Number'), rfq.number],
      [t('标题', 'Title'), rfq.title],
      [t('说明', 'Description'), rfq.description],
      [t('采购方', 'Buyer'), rfq.buyerName],
      [t('状态', 'Status'), rfq.status],
      [t('密封报价', 'Sealed'), rfq.sealed ? t('是', 'yes') : t('否', 'no')],
      [t('交货日期', 'Delivery date'), rfq.deliveryDate],
      [t('交货地区', 'Delivery region'), rfq.deliveryRegion],
      [t('交货地址', 'Delivery address'), rfq.deliveryAddress],
      [t('可接受付款条件', 'Accepted payment terms'), rfq.acceptedPaymentTerms.join(', ')],
      [t('报价截止', 'Deadline'), rfq.deadline],
      [t('发布时间', 'Published at'), rfq.publishedAt ?? ''],
      [t('截止处理时间', 'Closed at'), rfq.closedAt ?? ''],
      [t('授标时间', 'Awarded at'), rfq.awardedAt ?? ''],
      [t('资金成本（年化，基点）', 'Cost of capital (bps a year)'), String(rfq.costOfCapitalBps)],
      [t('进项税可抵扣', 'VAT recoverable'), rfq.vatRecoverable ? t('是', 'yes') : t('否', 'no')],
    ].map(([field, value]) => ({ field: field ?? '', value: value ?? '' })),
    wrap: true,
  };

  const items: SheetSpec = {
    name: t('明细', 'Items'),
    columns: [
      col('itemNo', '行号', 'Item', 'decimal'),
      col('description', '品名', 'Description'),
      col('specification', '规格', 'Specification'),
      col('quantity', '数量', 'Quantity', 'decimal'),
      col('unit', '单位', 'Unit'),
    ],
    headers: [
      t('行号', 'Item'),
      t('品名', 'Description'),
      t('规格', 'Specification'),
      t('数量', 'Quantity'),
      t('单位', 'Unit'),
    ],
    rows: rfq.items.map((i) => ({ ...i, itemNo: String(i.itemNo) })),
  };

  const quoteColumns = [
    col('seller', '卖方', 'Seller'),
    col('status', '状态', 'Status'),
    col('version', '版本', 'Version', 'decimal'),
    col('round', '议价轮次', 'Round', 'decimal'),
    col('createdAt', '提交时间', 'Submitted at'),
    col('paymentTerm', '付款条件', 'Payment term'),
    col('deliveryDate', '交货日期', 'Delivery date'),
    col('validUntil', '有效期至', 'Valid until'),
    col('itemNo', '行号', 'Item', 'decimal'),
    col('quantity', '数量', 'Quantity', 'decimal'),
    col('unitPrice', '单价', 'Unit price', 'decimal'),
    col('freightPerUnit', '单位运费', 'Freight per unit', 'decimal'),
    col('taxRate', '税率 %', 'Tax rate %', 'decimal'),
    col('note', '备注', 'Note'),
  ];
  const quotes: SheetSpec = {
    name: t('报价', 'Quotes'),
    columns: quoteColumns,
    headers: quoteColumns.map((c) => t(c.zh, c.en)),
    rows:
      record.quotes === null
        ? [{ seller: sealedNote }]
        : record.quotes.flatMap((q) =>
            [...q.versions].reverse().flatMap((v) =>
              v.lines.map((l) => ({
                seller: q.sellerName,
                status: q.status,
                version: String(v.version),
                round: v.roundNo === null ? '' : String(v.roundNo),
                createdAt: v.createdAt,
                paymentTerm: v.paymentTerm,
                deliveryDate: v.deliveryDate,
                validUntil: v.validUntil,
                itemNo: String(l.itemNo),
                quantity: l.quantity,
                unitPrice: l.unitPrice,
                freightPerUnit: l.freightPerUnit,
                taxRate: (l.taxRateBps / 100).toFixed(2),
                note: [l.note, v.note].filter(Boolean).join(' · '),
              })),
            ),
          ),
  };

  const roundColumns = [
    col('roundNo', '轮次', 'Round', 'decimal'),
    col('seller', '卖方', 'Seller'),
    col('message', '议价内容', 'Counter-offer'),
    col('targets', '目标价', 'Target prices'),
    col('closesAt', '回复截止', 'Answer by'),
    col('answeredAt', '回复时间', 'Answered at'),
  ];
  const rounds: SheetSpec = {
    name: t('议价', 'Rounds'),
    columns: roundColumns,
    headers: roundColumns.map((c) => t(c.zh, c.en)),
    rows: record.rounds.map((r) => ({
      roundNo: String(r.roundNo),
      seller: seller(r.sellerId),
      message: r.message,
      targets: r.targets.map((x) => `#${x.itemNo}: ${x.targetUnitPrice}`).join('; '),
      closesAt: r.closesAt,
      answeredAt: r.answeredAt ?? '',
    })),
  };

  const cmpColumns = [
    col('itemNo', '行号', 'Item', 'decimal'),
    col('seller', '卖方', 'Seller'),
    col('quantity', '数量', 'Quantity', 'decimal'),
    col('unitPrice', '单价', 'Unit price', 'decimal'),
    col('landedUnit', '到岸单位成本', 'Landed unit cost', 'decimal'),
    col('goods', '货款', 'Goods', 'decimal'),
    col('freight', '运费', 'Freight', 'decimal'),
    col('financing', '资金成本', 'Financing', 'decimal'),
    col('tax', '不可抵扣税', 'Non-recoverable tax', 'decimal'),
    col('total', '到岸总成本', 'Landed total', 'decimal'),
    col('cheapest', '最低', 'Cheapest'),
  ];
  const cmp = record.comparison;
  const sellerOfQuote = new Map(cmp?.quotes.map((q) => [q.quoteId, q.sellerName]) ?? []);
  const comparison: SheetSpec = {
    name: t('比价', 'Comparison'),
    columns: cmpColumns,
    headers: cmpColumns.map((c) => t(c.zh, c.en)),
    rows:
      cmp === null
        ? [{ seller: sealedNote }]
        : [
            ...cmp.items.flatMap((item) =>
              item.offers.map((o) => ({
                itemNo: String(item.itemNo),
                seller: sellerOfQuote.get(o.quoteId) ?? o.quoteId,
                quantity: o.quantity,
                unitPrice: o.unitPrice,
                landedUnit: o.landed.landedUnit,
                goods: yuan(o.landed.goodsMinor),
                freight: yuan(o.landed.freightMinor),
                financing: yuan(o.landed.financingMinor),
                tax: yuan(o.landed.taxMinor),
                total: yuan(o.landed.totalMinor),
                cheapest: o.cheapest ? '✓' : '',
              })),
            ),
            {
              seller: t('最优拆分授标', 'Best split award'),
              total: yuan(cmp.bestSplit.totalLandedMinor),
            },
          ],
  };

  const awardColumns = [
    col('award', '授标', 'Award'),
    col('status', '审批状态', 'Approval status'),
    col('createdAt', '提交时间', 'Submitted at'),
    col('decidedAt', '审批时间', 'Decided at'),
    col('approvalRequestId', '审批单', 'Approval request'),
    col('itemNo', '行号', 'Item', 'decimal'),
    col('seller', '中标卖方', 'Awarded seller'),
    col('quantity', '数量', 'Quantity', 'decimal'),
    col('version', '报价版本', 'Quote version', 'decimal'),
    col('justification', '授标理由', 'Justification'),
    col('orders', '采购订单', 'Purchase orders'),
    col('totalLanded', '到岸总成本', 'Landed total', 'decimal'),
  ];
  const awards: SheetSpec = {
    name: t('授标', 'Award'),
    columns: awardColumns,
    headers: awardColumns.map((c) => t(c.zh, c.en)),
    rows: record.awards.flatMap((a, n) =>
      a.allocations.map((l) => ({
        award: String(n + 1),
        status: a.status,
        createdAt: a.createdAt,
        decidedAt: a.decidedAt ?? '',
        approvalRequestId: a.approvalRequestId ?? '',
        itemNo: String(l.itemNo),
        seller: seller(l.sellerId),
        quantity: l.quantity,
        version: String(l.version),
        justification: a.justification,
        orders: a.orderNumbers.join(', '),
        totalLanded: yuan(a.totalLandedMinor),
      })),
    ),
  };

  const timelineColumns = [
    col('at', '时间', 'At'),
    col('kind', '事件', 'Event'),
    col('actor', '操作方', 'By'),
    col('data', '详情', 'Details'),
  ];
  const timeline: SheetSpec = {
    name: t('时间线', 'Timeline'),
    columns: timelineColumns,
    headers: timelineColumns.map((c) => t(c.zh, c.en)),
    rows: rfq.events.map((e) => ({ at: e.at, kind: e.kind, actor: e.actor, data: JSON.stringify(e.data) })),
    wrap: true,
  };

  return [header, items, quotes, rounds, comparison, awards, timeline];
}
