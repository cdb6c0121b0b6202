import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the group-buy context (campaigns, commitments, deposits, settlement), each
 * with a message in both languages and an HTTP status (STYLE.md habit 8). Expected failures are
 * typed results. Quantities in params are decimal strings in the SKU's unit.
 *
 * Statuses: 404 for what the caller cannot see; 409 for a conflict with the campaign's state,
 * clock or room (look again and commit anew); 403 for a caller who may not act; 422 for input
 * that cannot be processed.
 */
export const GROUP_BUY_ERRORS = {
  CAMPAIGN_NOT_FOUND: { status: 404, zh: '团购不存在', en: 'Group buy not found' },

  // The campaign's terms (checkCampaign)
  CAMPAIGN_LADDER_FIRST_NOT_ZERO: {
    status: 422,
    zh: '价格阶梯的第一档必须从 0 起',
    en: 'The ladder’s first tier must start at 0',
  },
  CAMPAIGN_LADDER_NOT_ASCENDING: {
    status: 422,
    zh: '价格阶梯的起始数量必须逐档递增',
    en: 'Each tier must start at a larger total than the one before',
  },
  CAMPAIGN_LADDER_PRICE_RISES: {
    status: 422,
    zh: '量越大价格不能越高：第 {tier} 档的单价高于上一档',
    en: 'More quantity may not cost more: tier {tier} is dearer than the one before',
  },
  CAMPAIGN_PRICE_ZERO: { status: 422, zh: '单价必须大于 0', en: 'A price must be more than zero' },
  CAMPAIGN_MAX_BELOW_MIN: {
    status: 422,
    zh: '最大总量不能小于成团最低总量',
    en: 'The maximum total may not be below the minimum for success',
  },
  CAMPAIGN_BUYER_MAX_BELOW_MIN: {
    status: 422,
    zh: '单个买方上限不能小于下限',
    en: 'The per-buyer maximum may not be below the per-buyer minimum',
  },
  CAMPAIGN_BUYER_MIN_ABOVE_MAX_TOTAL: {
    status: 422,
    zh: '单个买方下限不能超过最大总量',
    en: 'The per-buyer minimum may not exceed the maximum total',
  },
  CAMPAIGN_DEADLINE_PASSED: {
    status: 422,
    zh: '截止时间必须晚于现在（{now}）',
    en: 'The deadline must be later than now ({now})',
  },
  CAMPAIGN_LOCK_AFTER_DEADLINE: {
    status: 422,
    zh: '锁定时间不能晚于截止时间',
    en: 'The lock time may not be after the deadline',
  },
  CAMPAIGN_MONTH_DUPLICATE: {
    status: 422,
    zh: '交货月份重复：{month}',
    en: 'Delivery month {month} is listed twice',
  },
  CAMPAIGN_MONTH_PAST: {
    status: 422,
    zh: '交货月份 {month} 早于截止时间所在月份',
    en: 'Delivery month {month} is before the deadline’s month',
  },
  CAMPAIGN_SKU_NOT_SELLABLE: {
    status: 422,
    zh: '该 SKU 不存在或未上架',
    en: 'This SKU does not exist or is not for sale',
  },
  CAMPAIGN_NOT_SELLER_SKU: {
    status: 422,
    zh: '销售方只能为自己的 SKU 发起团购',
    en: 'A seller runs group buys of its own SKUs only',
  },
  CAMPAIGN_REGION_UNKNOWN: { status: 422, zh: '未知地区：{region}', en: 'Unknown region {region}' },

  // The lifecycle (campaign-states.ts)
  CAMPAIGN_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '团购当前状态（{state}）不允许该操作',
    en: 'This action is not possible while the group buy is {state}',
  },
  CAMPAIGN_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您不能在团购当前状态下执行该操作',
    en: 'You may not take this action in the current state of the group buy',
  },
  CAMPAIGN_DEADLINE_NOT_REACHED: {
    status: 409,
    zh: '团购尚未到截止时间 {deadline}',
    en: 'The group buy has not reached its deadline {deadline}',
  },

  // Commitments (commitment-rules.ts)
  JOIN_NOT_OPEN: {
    status: 409,
    zh: '团购未开放参与（{state}）',
    en: 'The group buy is not open for commitments ({state})',
  },
  JOIN_DEADLINE_PASSED: {
    status: 409,
    zh: '团购已于 {deadline} 截止',
    en: 'The group buy closed at {deadline}',
  },
  JOIN_LOCKED: {
    status: 409,
    zh: '已过锁定时间 {lockAt}：承诺量只能增加，不能减少或退出',
    en: 'Past the lock time {lockAt}: a commitment may be raised, not reduced or withdrawn',
  },
  JOIN_REGION_NOT_ELIGIBLE: {
    status: 403,
    zh: '贵公司所在地区（{region}）不在本团购的参与地区内',
    en: 'Your company’s region ({region}) is not among the regions of this group buy',
  },
  JOIN_NOT_A_BUYER: {
    status: 403,
    zh: '只有采购方可以参加团购',
    en: 'Only buyer companies may join a group buy',
  },
  JOIN_OWN_SKU: {
    status: 403,
    zh: '销售方不能参加自己商品的团购',
    en: 'The seller may not join a group buy of its own goods',
  },
  JOIN_BELOW_BUYER_MIN: {
    status: 422,
    zh: '每个买方至少承诺 {min}',
    en: 'Each buyer commits at least {min}',
  },
  JOIN_ABOVE_BUYER_MAX: {
    status: 422,
    zh: '每个买方最多承诺 {max}',
    en: 'Each buyer commits at most {max}',
  },
  JOIN_ABOVE_MAX_TOTAL: {
    status: 409,
    zh: '超出团购最大总量：最多还可增加 {room}',
    en: 'Beyond the group buy’s maximum total: at most {room} more can be committed',
  },
  JOIN_MONTH_NOT_OFFERED: {
    status: 422,
    zh: '交货月份 {month} 不在可选月份内',
    en: 'Delivery month {month} is not one of the campaign’s months',
  },
  JOIN_MONTH_LOCKED: {
    status: 409,
    zh: '已过锁定时间：交货月份不能再更改',
    en: 'Past the lock time: the delivery month can no longer change',
  },
  JOIN_APPROVAL_PENDING: {
    status: 409,
    zh: '贵公司上一次的参团申请仍在审批中',
    en: 'Your company’s last commitment is still waiting for approval',
  },
  JOIN_NOTHING_TO_WITHDRAW: {
    status: 409,
    zh: '贵公司尚未参加该团购',
    en: 'Your company has not joined this group buy',
  },
} as const;

export type GroupBuyErrorCode = keyof typeof GROUP_BUY_ERRORS;

/** One typed failure: its code, the request field at fault if any, and the figures its message names. */
export interface GroupBuyError<C extends GroupBuyErrorCode = GroupBuyErrorCode> {
  readonly code: C;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string>>;
}

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function groupBuyErrorMessage(
  code: GroupBuyErrorCode,
  locale: 'zh-CN' | 'en',
  params?: Readonly<Record<string, string>>,
): string {
  const entry = GROUP_BUY_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

export function groupBuyError<C extends GroupBuyErrorCode>(
  code: C,
  details: { field?: string; params?: Record<string, string> } = {},
): GroupBuyError<C> {
  return {
    code,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.params === undefined ? {} : { params: details.params }),
  };
}

export function groupBuyFailure<C extends GroupBuyErrorCode>(
  code: C,
  details: { field?: string; params?: Record<string, string> } = {},
): Result<never, GroupBuyError<C>> {
  return err(groupBuyError(code, details));
}
