import type {
  CampaignMonitorView,
  CampaignPageView,
  CampaignProgressView,
  CampaignSummaryView,
  CampaignView,
  CommitmentView,
  ParticipantRow,
} from '../data/types';

/** Campaigns, progress and monitors as the API sends them, for the tests of these screens. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const CAMPAIGN_ID = uuid(801);
export const MILL_ID = uuid(211);
export const SKU_ID = uuid(501);
export const ORDER_ID = uuid(901);

const HOUR = 3_600_000;
/** A moment `hours` from now, as the API writes it. */
export const inHours = (hours: number, from = Date.now()) => new Date(from + hours * HOUR).toISOString();

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API refusal as the group-buy module answers it (group-buy-errors.ts): field at fault and figures. */
export const refusal = (
  status: number,
  code: string,
  message: string,
  messageZh: string,
  field?: string,
  params?: Record<string, string>,
) =>
  json(
    {
      defined: false,
      code,
      status,
      message,
      data: {
        reason: code,
        messageZh,
        ...(params ? { params } : {}),
        fields: field ? [{ path: field, message, messageZh }] : [],
      },
    },
    status,
  );

/** The API's 400 for input its schema refuses: English messages, every field at fault. */
export const invalidInput = (fields: Array<{ path: string; message: string }>) =>
  json({ defined: false, code: 'BAD_REQUEST', status: 400, message: 'Invalid input', data: { fields } }, 400);

/** The sugar ladder of DESIGN.md §7: < 500 t 5 000; ≥ 500 t 4 900; ≥ 1 000 t 4 800. */
export const SUGAR_LADDER = [
  { minQuantity: '0', unitPrice: '5000' },
  { minQuantity: '500', unitPrice: '4900' },
  { minQuantity: '1000', unitPrice: '4800' },
];

export const progress = (over: Partial<CampaignProgressView> = {}): CampaignProgressView => ({
  status: 'open',
  total: '550.000',
  participants: 2,
  currentPrice: '4900.0000',
  nextTier: { unitPrice: '4800.0000', minQuantity: '1000.000', needed: '450.000' },
  room: '950.000',
  minTotal: '600.000',
  minReachedBps: 9166,
  serverTime: new Date().toISOString(),
  ...over,
});

/**
 * The Guangxi sugar campaign, open, as a food factory of Guangxi sees it: 550 t pooled by two
 * factories (tier 2, 4 900), 50 t short of the 600 t minimum, 1 500 t at most, 20–300 t a buyer.
 */
export const buyerCampaign = (over: Partial<CampaignView> = {}): CampaignView => ({
  id: CAMPAIGN_ID,
  number: 'GB-20261126-000007',
  side: 'buyer',
  organiserKind: 'seller',
  organiserName: '广西崇左桂糖制糖有限公司',
  organiserNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  sellerId: MILL_ID,
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  skuId: SKU_ID,
  skuCode: 'WS-GB1',
  productName: '白砂糖',
  productNameEn: 'White sugar',
  unit: 't',
  currency: 'CNY',
  title: '广西食品厂白砂糖集采',
  description: 'GB/T 317 一级，50 kg 编织袋。',
  regions: ['CN-GX'],
  ladder: SUGAR_LADDER,
  minTotal: '600.000',
  maxTotal: '1500.000',
  perBuyerMin: '20.000',
  perBuyerMax: '300.000',
  lockAt: inHours(24),
  deadline: inHours(48),
  deliveryMonths: ['2027-01', '2027-02'],
  depositBps: 1000,
  paymentTerm: 'cash',
  progress: progress(),
  eligible: true,
  mine: null,
  pendingRequest: null,
  finalPrice: null,
  settledAt: null,
  cancelReason: null,
  createdAt: inHours(-24),
  ...over,
});

/** The same campaign as its organiser, the mill, sees it. */
export const organiserCampaign = (over: Partial<CampaignView> = {}): CampaignView =>
  buyerCampaign({ side: 'organiser', eligible: false, ...over });

export const commitment = (over: Partial<CommitmentView> = {}): CommitmentView => ({
  quantity: '100.000',
  deliveryMonth: '2027-01',
  depositMinor: '5000000',
  depositStatus: 'held',
  orderId: null,
  updatedAt: inHours(-2),
  ...over,
});

export const summary = (over: Partial<CampaignSummaryView> = {}): CampaignSummaryView => {
  const c = buyerCampaign();
  return {
    id: c.id,
    number: c.number,
    side: c.side,
    organiserName: c.organiserName,
    organiserNameEn: c.organiserNameEn,
    sellerName: c.sellerName,
    sellerNameEn: c.sellerNameEn,
    productName: c.productName,
    productNameEn: c.productNameEn,
    unit: c.unit,
    title: c.title,
    regions: c.regions,
    deadline: c.deadline,
    progress: c.progress,
    eligible: c.eligible,
    ...over,
  };
};

export const page = (items: CampaignSummaryView[], total = items.length): CampaignPageView => ({
  items,
  page: 1,
  pageSize: 20,
  total,
});

export const participant = (n: number, over: Partial<ParticipantRow> = {}): ParticipantRow => ({
  buyerId: uuid(300 + n),
  buyerName: `广西食品厂${n}`,
  // every other factory has no English name: English pages show its Chinese one
  buyerNameEn: n % 2 === 1 ? `Guangxi Food Factory ${n}` : null,
  region: 'CN-GX',
  quantity: '275.000',
  deliveryMonth: n % 2 ? '2027-01' : '2027-02',
  depositMinor: '13750000',
  depositStatus: 'held',
  orderId: null,
  joinedAt: inHours(-10 + n),
  updatedAt: inHours(-10 + n),
  ...over,
});

/** The organiser's monitor of the campaign: two factories, one per month, the total over time. */
export const monitor = (over: Partial<CampaignMonitorView> = {}): CampaignMonitorView => ({
  campaignId: CAMPAIGN_ID,
  participants: [
    participant(1, { quantity: '300.000', depositMinor: '15000000' }),
    participant(2, { quantity: '250.000', depositMinor: '12500000' }),
  ],
  byMonth: [
    { month: '2027-01', quantity: '300.000', participants: 1 },
    { month: '2027-02', quantity: '250.000', participants: 1 },
  ],
  curve: [
    { at: inHours(-9), total: '300.000' },
    { at: inHours(-8), total: '550.000' },
  ],
  depositsHeldMinor: '27500000',
  orders: 0,
  ...over,
});
