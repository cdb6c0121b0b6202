import type { Dayjs } from 'dayjs';
import { percentToBps } from '@tradeway/web/ui';
import type { CampaignInputBody, PaymentTerm } from '../data/types';
import { Dec, PRICE, QUANTITY } from './decimal';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_TIERS = 10;
export const MAX_REGIONS = 40;
export const MAX_MONTHS = 12;
/** How many months the delivery-month picker offers, from the deadline's month. */
export const MONTHS_OFFERED = 18;

/** One row of the ladder editor, as typed. */
export interface TierValues {
  minQuantity?: string;
  unitPrice?: string;
}

/** The campaign form's values (moments as Ant Design's Dayjs, the deposit as a percentage typed). */
export interface CampaignFormValues {
  /** The product whose SKU is picked (the picker's first step; not sent). */
  productId?: string;
  skuId?: string;
  title?: string;
  description?: string;
  regions?: string[];
  ladder?: TierValues[];
  minTotal?: string;
  maxTotal?: string;
  perBuyerMin?: string;
  perBuyerMax?: string;
  lockAt?: Dayjs | null;
  deadline?: Dayjs | null;
  deliveryMonths?: string[];
  depositPercent?: string;
  paymentTerm?: PaymentTerm;
}

/** The form's fields, for placing the API's field errors. */
export const CAMPAIGN_FORM_FIELDS = [
  'skuId',
  'title',
  'description',
  'regions',
  'ladder',
  'minTotal',
  'maxTotal',
  'perBuyerMin',
  'perBuyerMax',
  'lockAt',
  'deadline',
  'deliveryMonths',
  'depositPercent',
  'paymentTerm',
] as const;

/**
 * The API's field path → the form's: a region or a month of the list (`regions.1`,
 * `deliveryMonths.0`) is the list's select, the deposit in basis points the percentage typed;
 * a ladder cell (`ladder.1.unitPrice`) is the editor's row and field as it is.
 */
export function campaignFieldPath(path: string): string {
  if (/^(regions|deliveryMonths)(\.|$)/.test(path)) return path.split('.')[0] as string;
  if (path === 'depositBps') return 'depositPercent';
  if (/^ladder\.\d+$/.test(path)) return `${path}.unitPrice`;
  return path;
}

/** `2027-01` of a moment, as the server counts months (UTC). */
export const monthOf = (moment: Dayjs) => moment.toISOString().slice(0, 7);

/** `2027-01` + n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months offered for delivery: from the deadline's month, `count` of them, and any already chosen. */
export function monthOptions(deadline: Dayjs | null | undefined, now: Dayjs, chosen: readonly string[] = []) {
  const from = monthOf(deadline ?? now);
  const offered = Array.from({ length: MONTHS_OFFERED }, (_, i) => addMonths(from, i));
  return [...new Set([...chosen, ...offered])].sort();
}

/**
 * A new campaign: its deadline in 7 days at 18:00, locked a day before, delivered the month
 * after the deadline, a 10 % deposit, cash on delivery; the ladder's first tier from 0; the
 * company's own province as the region.
 */
export function newCampaignValues(region: string | null | undefined, now: Dayjs): CampaignFormValues {
  const deadline = now.add(7, 'day').hour(18).minute(0).second(0).millisecond(0);
  return {
    skuId: undefined,
    title: '',
    description: '',
    regions: region ? [region] : [],
    ladder: [
      { minQuantity: '0', unitPrice: '' },
      { minQuantity: '', unitPrice: '' },
    ],
    minTotal: '',
    maxTotal: '',
    perBuyerMin: '',
    perBuyerMax: '',
    deadline,
    lockAt: deadline.subtract(1, 'day'),
    deliveryMonths: [addMonths(monthOf(deadline), 1)],
    depositPercent: '10',
    paymentTerm: 'cash',
  };
}

const text = (s: string | undefined) => (s ?? '').trim();
const optional = (s: string | undefined) => (text(s) ? text(s) : null);

/** What `POST /api/group-buys` is sent for validated values (a draft). */
export function valuesToInput(values: CampaignFormValues): CampaignInputBody {
  return {
    skuId: values.skuId ?? '',
    title: text(values.title),
    description: text(values.description),
    regions: [...new Set(values.regions ?? [])],
    ladder: (values.ladder ?? []).map((tier, i) => ({
      minQuantity: i === 0 ? '0' : text(tier.minQuantity),
      unitPrice: text(tier.unitPrice),
    })),
    minTotal: text(values.minTotal),
    maxTotal: optional(values.maxTotal),
    perBuyerMin: optional(values.perBuyerMin),
    perBuyerMax: optional(values.perBuyerMax),
    lockAt: values.lockAt ? values.lockAt.toISOString() : '',
    deadline: values.deadline ? values.deadline.toISOString() : '',
    deliveryMonths: [...new Set(values.deliveryMonths ?? [])].sort(),
    depositBps: percentToBps(values.depositPercent) ?? 0,
    paymentTerm: values.paymentTerm ?? 'cash',
  };
}

export type AmountProblem = 'required' | 'format' | 'zero';

/** A quantity: at most three decimals, more than zero; `optional` ones may be left empty. */
export function quantityProblem(value: string | undefined | null, optional = false): AmountProblem | null {
  const s = (value ?? '').trim();
  if (!s) return optional ? null : 'required';
  if (!QUANTITY.test(s)) return 'format';
  return /[1-9]/.test(s) ? null : 'zero';
}

/** A unit price: at most four decimals, more than zero. */
export function priceProblem(value: string | undefined | null): AmountProblem | null {
  const s = (value ?? '').trim();
  if (!s) return 'required';
  if (!PRICE.test(s)) return 'format';
  return /[1-9]/.test(s) ? null : 'zero';
}

/** Whether `upper` (when both are valid quantities) is below `lower`. */
export function isBelow(upper: string | undefined, lower: string | undefined): boolean {
  const u = text(upper);
  const l = text(lower);
  if (!QUANTITY.test(u) || !QUANTITY.test(l)) return false;
  return new Dec(u).lessThan(l);
}

/** The deposit as a percentage typed: 0–100 with at most 2 decimals. */
export function depositProblem(value: string | undefined | null): 'required' | 'format' | null {
  const s = (value ?? '').trim();
  if (!s) return 'required';
  return percentToBps(s) === null ? 'format' : null;
}

export type ScheduleProblem = 'required' | 'deadlinePassed' | 'lockAfterDeadline';

/** The deadline: required and still ahead (the server checks it again at publishing). */
export function deadlineProblem(deadline: Date | null | undefined, now: number): ScheduleProblem | null {
  if (!deadline) return 'required';
  return deadline.getTime() <= now ? 'deadlinePassed' : null;
}

/** The lock time: required and not after the deadline (commitments go down only before it). */
export function lockProblem(
  lockAt: Date | null | undefined,
  deadline: Date | null | undefined,
): ScheduleProblem | null {
  if (!lockAt) return 'required';
  return deadline && lockAt.getTime() > deadline.getTime() ? 'lockAfterDeadline' : null;
}

export type MonthsProblem = { problem: 'required' | 'tooMany' } | { problem: 'past'; month: string };

/** The delivery months: at least one, at most 12, none before the deadline's month. */
export function monthsProblem(
  months: readonly string[] | undefined,
  deadline: Dayjs | null | undefined,
): MonthsProblem | null {
  const list = months ?? [];
  if (list.length === 0) return { problem: 'required' };
  if (list.length > MAX_MONTHS) return { problem: 'tooMany' };
  if (deadline) {
    const first = monthOf(deadline);
    const past = [...list].sort().find((m) => m < first);
    if (past) return { problem: 'past', month: past };
  }
  return null;
}
