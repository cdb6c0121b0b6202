import type {
  AuctionLiveEventView,
  AuctionPageView,
  AuctionResultView,
  AuctionSummaryView,
  AuctionView,
  BidLogView,
  BidReceiptView,
} from '../data/types';

/** Auctions, receipts and results as the API sends them, for the tests of these screens. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const AUCTION_ID = uuid(701);
export const OWNER_ID = uuid(200);
export const MILL_A = uuid(211);
export const MILL_B = uuid(212);
export const MILL_C = uuid(213);

const MINUTE = 60_000;
/** A moment `minutes` from now, as the API writes it. */
export const inMinutes = (minutes: number, from = Date.now()) =>
  new Date(from + minutes * MINUTE).toISOString();
/** A China calendar day `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API refusal as the auction module answers it (auction-errors.ts), with the field at fault. */
export const refusal = (status: number, code: string, message: string, messageZh: string, field?: string) =>
  json(
    {
      defined: false,
      code,
      status,
      message,
      data: { reason: code, messageZh, fields: field ? [{ path: field, message, messageZh }] : [] },
    },
    status,
  );

/** The API's 400 for input its schema refuses: English messages, every field at fault. */
export const invalidInput = (fields: Array<{ path: string; message: string }>) =>
  json({ defined: false, code: 'BAD_REQUEST', status: 400, message: 'Invalid input', data: { fields } }, 400);

/** A running reverse auction of 500 t of sugar, as its owner (a buyer) sees it: three mills have bid. */
export const ownerAuction = (over: Partial<AuctionView> = {}): AuctionView => ({
  id: AUCTION_ID,
  number: 'AUC-20261126-000003',
  side: 'owner',
  ownerName: '华鑫食品集团有限公司',
  ownerNameEn: 'Huaxin Food Group Co., Ltd.',
  direction: 'reverse',
  visibility: 'rank_only',
  status: 'running',
  title: '一级白砂糖 500 吨 反向竞价',
  description: 'GB/T 317 一级，50 kg 编织袋。',
  currency: 'CNY',
  skuId: null,
  quantity: '500.000',
  unit: 't',
  deliveryRegion: 'CN-SD',
  deliveryDate: inDays(30),
  paymentTerm: 'net30',
  openingPrice: '6000.0000',
  reservePrice: '5850.0000',
  lastPrice: '5950.0000',
  minStep: { kind: 'absolute', amount: '10.0000' },
  maxStep: { kind: 'absolute', amount: '300.0000' },
  startsAt: inMinutes(-30),
  endsAt: inMinutes(30),
  currentEnd: inMinutes(30),
  extensions: 0,
  snipingWindowMinutes: 5,
  extensionMinutes: 5,
  maxExtensions: null,
  hardStopAt: null,
  triggerRank: 1,
  lastSeq: 4,
  headHash: 'e'.repeat(64),
  myAlias: null,
  myRank: null,
  myBestPrice: null,
  bestPrice: '5960.0000',
  ranking: [
    {
      rank: 1,
      alias: 'Supplier 2',
      price: '5960.0000',
      companyId: MILL_B,
      companyName: '南宁糖业股份有限公司',
      companyNameEn: 'Nanning Sugar Industry Co., Ltd.',
      seq: 3,
      at: inMinutes(-10),
    },
    {
      rank: 2,
      alias: 'Supplier 3',
      price: '5980.0000',
      companyId: MILL_C,
      companyName: '湛江糖厂',
      // no English name: English pages show the Chinese one
      companyNameEn: null,
      seq: 4,
      at: inMinutes(-8),
    },
    {
      rank: 3,
      alias: 'Supplier 1',
      price: '5990.0000',
      companyId: MILL_A,
      companyName: '广西崇左桂糖制糖有限公司',
      companyNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
      seq: 2,
      at: inMinutes(-12),
    },
  ],
  participants: 3,
  award: null,
  serverTime: new Date().toISOString(),
  ...over,
});

/** The same auction as one of the mills (Supplier 3) sees it in `rank_only`: its rank and its price only. */
export const bidderAuction = (over: Partial<AuctionView> = {}): AuctionView =>
  ownerAuction({
    side: 'bidder',
    reservePrice: null,
    lastPrice: null,
    myAlias: 'Supplier 3',
    myRank: 2,
    myBestPrice: '5980.0000',
    bestPrice: null,
    ranking: [],
    ...over,
  });

export const liveEvent = (
  auction: AuctionView,
  over: Partial<AuctionLiveEventView> = {},
): AuctionLiveEventView => ({
  status: auction.status,
  currentEnd: auction.currentEnd,
  extensions: auction.extensions,
  lastSeq: auction.lastSeq,
  headHash: auction.headHash,
  myRank: auction.myRank,
  myBestPrice: auction.myBestPrice,
  bestPrice: auction.bestPrice,
  ranking: auction.ranking,
  serverTime: auction.serverTime,
  ...over,
});

export const receipt = (over: Partial<BidReceiptView> = {}): BidReceiptView => ({
  seq: 5,
  hash: '7f3a9c2e41d8b06f5a1e9d3c7b2f8a4e6d1c0b9a8f7e6d5c4b3a29180f7e6d5c',
  receivedAt: new Date().toISOString(),
  accepted: true,
  code: null,
  message: null,
  messageZh: null,
  myRank: 1,
  currentEnd: inMinutes(30),
  extended: false,
  ...over,
});

export const summary = (over: Partial<AuctionSummaryView> = {}): AuctionSummaryView => ({
  id: AUCTION_ID,
  number: 'AUC-20261126-000003',
  side: 'owner',
  ownerName: '华鑫食品集团有限公司',
  ownerNameEn: 'Huaxin Food Group Co., Ltd.',
  direction: 'reverse',
  visibility: 'rank_only',
  status: 'running',
  title: '一级白砂糖 500 吨 反向竞价',
  quantity: '500.000',
  unit: 't',
  openingPrice: '6000.0000',
  startsAt: inMinutes(-30),
  currentEnd: inMinutes(30),
  ...over,
});

export const page = (items: AuctionSummaryView[], total = items.length): AuctionPageView => ({
  items,
  page: 1,
  pageSize: 20,
  total,
});

/** The result of the closed auction: 南宁 best at 5 960, savings against 6 000 and 5 950. */
export const result = (over: Partial<AuctionResultView> = {}): AuctionResultView => ({
  auctionId: AUCTION_ID,
  status: 'closed',
  ranking: ownerAuction().ranking,
  bids: { total: 5, accepted: 4, refused: 1 },
  extensions: 1,
  reserveMet: false,
  vsOpening: { perUnit: '40.0000', totalMinor: '2000000', bps: 67 },
  vsLastPrice: { perUnit: '-10.0000', totalMinor: '-500000', bps: -17 },
  curve: [
    { seq: 1, at: inMinutes(-20), alias: 'Supplier 1', price: '5995.0000' },
    { seq: 2, at: inMinutes(-12), alias: 'Supplier 1', price: '5990.0000' },
    { seq: 3, at: inMinutes(-10), alias: 'Supplier 2', price: '5960.0000' },
    { seq: 4, at: inMinutes(-8), alias: 'Supplier 3', price: '5980.0000' },
  ],
  ...over,
});

export const bidLog = (): BidLogView => ({
  auctionId: AUCTION_ID,
  number: 'AUC-20261126-000003',
  head: { seq: 1, hash: 'a'.repeat(64) },
  entries: [
    {
      auctionId: AUCTION_ID,
      seq: 1,
      alias: 'Supplier 3',
      price: '5980.0000',
      receivedAt: inMinutes(-8),
      outcome: 'accepted',
      hash: 'a'.repeat(64),
    },
  ],
});
