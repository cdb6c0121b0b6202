import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the auction context (reverse and forward auctions, bids, the bid log and
 * awards), each with a message in both languages and an HTTP status (STYLE.md habit 8).
 * Expected failures are typed results, not exceptions. Messages may name `{param}`s; prices in
 * params are decimal strings, times ISO 8601 UTC.
 *
 * Statuses: 404 for what the caller cannot see; 409 for a conflict with the auction's state or
 * clock (a bid too late, a step too small: the bidder must look again and bid anew); 403 for a
 * caller who may not act; 422 for input that cannot be processed.
 */
export const AUCTION_ERRORS = {
  AUCTION_NOT_FOUND: { status: 404, zh: '竞价不存在', en: 'Auction not found' },

  // The lifecycle (auction-states.ts)
  AUCTION_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '竞价当前状态不允许该操作',
    en: 'This action is not possible in the current state of the auction',
  },
  AUCTION_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您的角色不能在竞价当前状态下执行该操作',
    en: 'Your role may not take this action in the current state of the auction',
  },
  AUCTION_START_TOO_SOON: {
    status: 422,
    zh: '开始时间必须晚于现在（{now}）',
    en: 'The start must be later than now ({now})',
  },
  AUCTION_END_NOT_REACHED: {
    status: 409,
    zh: '竞价尚未到结束时间 {endsAt}',
    en: 'The auction has not reached its end {endsAt}',
  },
  AUCTION_REASON_REQUIRED: {
    status: 422,
    zh: '竞价已开始，取消时必须填写原因（将通知参与方）',
    en: 'The auction has started: a reason is required, the participants are told why it was cancelled',
  },
  AUCTION_END_BEFORE_START: {
    status: 422,
    zh: '结束时间必须晚于开始时间',
    en: 'The end must be after the start',
  },
  AUCTION_HARD_STOP_BEFORE_END: {
    status: 422,
    zh: '最晚截止时间不能早于结束时间',
    en: 'The hard stop may not be before the end',
  },
  AUCTION_MAX_STEP_BELOW_MIN: {
    status: 422,
    zh: '最大幅度不能小于最小幅度',
    en: 'The maximum step may not be smaller than the minimum step',
  },
  AUCTION_DIRECTION_NOT_ALLOWED: {
    status: 422,
    zh: '采购方发起反向竞价（供应商降价），销售方发起正向竞拍（买方加价）',
    en: 'A buyer runs reverse auctions (sellers bid down), a seller forward auctions (buyers bid up)',
  },
  AUCTION_PARTICIPANT_INVALID: {
    status: 422,
    zh: '受邀方必须是{kind}，且不能是本公司',
    en: 'Participants must be {kind} companies other than yours',
  },
  AUCTION_LOG_NOT_READY: {
    status: 409,
    zh: '出价记录在竞价结束后提供下载',
    en: 'The bid log can be downloaded once the auction has ended',
  },
  AUCTION_AWARD_NO_BID: {
    status: 422,
    zh: '只能授标给有有效出价的参与方',
    en: 'Only a participant with an accepted bid can be awarded',
  },
  AUCTION_AWARD_PENDING: {
    status: 409,
    zh: '已有授标方案在等待审批',
    en: 'An award is waiting for approval',
  },

  // Bids (bid-rules.ts): every refusal is recorded in the bid log with its code
  BID_AUCTION_NOT_RUNNING: {
    status: 409,
    zh: '竞价未在进行中（开始时间 {startsAt}）',
    en: 'The auction is not running (it starts at {startsAt})',
  },
  BID_AUCTION_ENDED: {
    status: 409,
    zh: '竞价已于 {endsAt} 结束',
    en: 'The auction ended at {endsAt}',
  },
  BID_BIDDER_NOT_INVITED: {
    status: 403,
    zh: '您未受邀参加此竞价',
    en: 'You are not invited to this auction',
  },
  BID_BIDDER_SUSPENDED: {
    status: 403,
    zh: '您在此竞价中的出价资格已被暂停',
    en: 'Your bidding in this auction is suspended',
  },
  BID_PRICE_INVALID: {
    status: 422,
    zh: '出价必须是大于 0 且最多 4 位小数的数字',
    en: 'A bid must be a number greater than 0 with at most 4 decimal places',
  },
  BID_BEYOND_OPENING: {
    status: 409,
    zh: '出价不能劣于起始价 {openingPrice}',
    en: 'A bid may not be worse than the opening price {openingPrice}',
  },
  BID_STEP_TOO_SMALL: {
    status: 409,
    zh: '出价必须至少为 {limit}（比 {reference} 至少改善一个最小幅度）',
    en: 'The bid must be at least as good as {limit} (one minimum step better than {reference})',
  },
  BID_STEP_TOO_LARGE: {
    status: 409,
    zh: '出价幅度过大：不能优于 {limit}（比 {reference} 最多改善一个最大幅度），请核对金额',
    en: 'The bid moves too far: it may not be better than {limit} (one maximum step from {reference}); check the figure',
  },
} as const;

export type AuctionErrorCode = keyof typeof AUCTION_ERRORS;
export type BidRejectionCode = Extract<AuctionErrorCode, `BID_${string}`>;

/** One typed failure: its code, the request field at fault if any, and the figures its message names. */
export interface AuctionError<C extends AuctionErrorCode = AuctionErrorCode> {
  readonly code: C;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string>>;
}

export type AuctionLocale = 'zh-CN' | 'en';

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function auctionErrorMessage(
  code: AuctionErrorCode,
  locale: AuctionLocale,
  params?: Readonly<Record<string, string>>,
): string {
  const entry = AUCTION_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

/** Builds an error, leaving out the details that are not given. */
export function auctionError<C extends AuctionErrorCode>(
  code: C,
  details: { field?: string; params?: Record<string, string> } = {},
): AuctionError<C> {
  return {
    code,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.params === undefined ? {} : { params: details.params }),
  };
}

/** A failed result with one error. */
export function auctionFailure<C extends AuctionErrorCode>(
  code: C,
  details: { field?: string; params?: Record<string, string> } = {},
): Result<never, AuctionError<C>> {
  return err(auctionError(code, details));
}
