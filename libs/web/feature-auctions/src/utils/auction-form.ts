import type { Dayjs } from 'dayjs';
import type { Unit } from '@tradeway/web/ui';
import type { AuctionDirection, AuctionInputBody, AuctionVisibility, PaymentTerm, Step } from '../data/types';
import { Dec, PRICE, QUANTITY } from './decimal';
import { maxBelowMin, stepOf, type StepKind } from './step';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_PARTICIPANTS = 500;

/** The auction form's values (moments as Ant Design's Dayjs, steps as typed with their kind). */
export interface AuctionFormValues {
  title?: string;
  description?: string;
  quantity?: string;
  unit?: Unit;
  deliveryRegion?: string;
  deliveryDate?: Dayjs | null;
  paymentTerm?: PaymentTerm;
  openingPrice?: string;
  reservePrice?: string;
  lastPrice?: string;
  minStepKind?: StepKind;
  minStep?: string;
  maxStepKind?: StepKind;
  maxStep?: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  snipingWindowMinutes?: number | null;
  extensionMinutes?: number | null;
  maxExtensions?: number | null;
  hardStopAt?: Dayjs | null;
  triggerRank?: number | null;
  visibility?: AuctionVisibility;
  participantIds?: string[];
}

/** The form's fields, for placing the API's field errors. */
export const AUCTION_FORM_FIELDS = [
  'title',
  'description',
  'quantity',
  'unit',
  'deliveryRegion',
  'deliveryDate',
  'paymentTerm',
  'openingPrice',
  'reservePrice',
  'lastPrice',
  'minStep',
  'maxStep',
  'startsAt',
  'endsAt',
  'snipingWindowMinutes',
  'extensionMinutes',
  'maxExtensions',
  'hardStopAt',
  'triggerRank',
  'visibility',
  'participantIds',
] as const;

/**
 * The API's field path → the form's: a step's `minStep.amount` / `minStep.bps` is the typed
 * step, a participant `participantIds.2` the participants' select.
 */
export function auctionFieldPath(path: string): string {
  if (/^(minStep|maxStep)(\.|$)/.test(path)) return path.split('.')[0] as string;
  if (path.startsWith('participantIds.')) return 'participantIds';
  return path;
}

/**
 * A new auction: 1 000 t delivered in the company's region on net 30, opening tomorrow at
 * 10:00 for an hour, 5 minutes' anti-sniping window and extension, ranks only.
 */
export function newAuctionValues(region: string | null | undefined, now: Dayjs): AuctionFormValues {
  const startsAt = now.add(1, 'day').hour(10).minute(0).second(0).millisecond(0);
  return {
    title: '',
    description: '',
    quantity: '',
    unit: 't',
    deliveryRegion: region ?? undefined,
    deliveryDate: startsAt.add(14, 'day').startOf('day'),
    paymentTerm: 'net30',
    openingPrice: '',
    reservePrice: '',
    lastPrice: '',
    minStepKind: 'absolute',
    minStep: '',
    maxStepKind: 'absolute',
    maxStep: '',
    startsAt,
    endsAt: startsAt.add(1, 'hour'),
    snipingWindowMinutes: 5,
    extensionMinutes: 5,
    maxExtensions: null,
    hardStopAt: null,
    triggerRank: 1,
    visibility: 'rank_only',
    participantIds: [],
  };
}

const text = (s: string | undefined) => (s ?? '').trim();
const optionalPrice = (s: string | undefined) => (text(s) ? text(s) : null);
const optionalStep = (kind: StepKind | undefined, s: string | undefined): Step | null =>
  text(s) ? stepOf(kind ?? 'absolute', s) : null;

/** What `POST /api/auctions` is sent for validated values (a draft of `direction`). */
export function valuesToInput(values: AuctionFormValues, direction: AuctionDirection): AuctionInputBody {
  return {
    direction,
    visibility: values.visibility ?? 'rank_only',
    title: text(values.title),
    description: text(values.description),
    skuId: null,
    quantity: text(values.quantity),
    unit: values.unit ?? 't',
    deliveryRegion: values.deliveryRegion ?? '',
    deliveryDate: values.deliveryDate ? values.deliveryDate.format('YYYY-MM-DD') : '',
    paymentTerm: values.paymentTerm ?? 'net30',
    openingPrice: text(values.openingPrice),
    reservePrice: optionalPrice(values.reservePrice),
    lastPrice: optionalPrice(values.lastPrice),
    minStep: stepOf(values.minStepKind ?? 'absolute', values.minStep) ?? { kind: 'absolute', amount: '0' },
    maxStep: optionalStep(values.maxStepKind, values.maxStep),
    startsAt: values.startsAt ? values.startsAt.toISOString() : '',
    endsAt: values.endsAt ? values.endsAt.toISOString() : '',
    snipingWindowMinutes: values.snipingWindowMinutes ?? 5,
    extensionMinutes: values.extensionMinutes ?? 5,
    maxExtensions: values.maxExtensions ?? null,
    hardStopAt: values.hardStopAt ? values.hardStopAt.toISOString() : null,
    triggerRank: values.triggerRank ?? 1,
    participantIds: [...new Set(values.participantIds ?? [])],
  };
}

export type AmountProblem = 'required' | 'format' | 'zero';

/** A quantity of the lot: required, at most three decimals, more than zero. */
export function quantityProblem(value: string | undefined | null): AmountProblem | null {
  const s = (value ?? '').trim();
  if (!s) return 'required';
  if (!QUANTITY.test(s)) return 'format';
  return /[1-9]/.test(s) ? null : 'zero';
}

/** A price per unit: at most four decimals, more than zero; `optional` prices may be left empty. */
export function priceProblem(value: string | undefined | null, optional = false): AmountProblem | null {
  const s = (value ?? '').trim();
  if (!s) return optional ? null : 'required';
  if (!PRICE.test(s)) return 'format';
  return /[1-9]/.test(s) ? null : 'zero';
}

/**
 * The reserve (hidden from bidders) must be on the owner's side of the opening price: no higher
 * than the ceiling of a reverse auction, no lower than the floor of a forward one.
 */
export function reserveOnWrongSide(
  direction: AuctionDirection,
  opening: string | undefined,
  reserve: string | undefined,
): boolean {
  const o = (opening ?? '').trim();
  const r = (reserve ?? '').trim();
  if (!PRICE.test(o) || !PRICE.test(r)) return false;
  return direction === 'reverse' ? new Dec(r).greaterThan(o) : new Dec(r).lessThan(o);
}

export type ScheduleProblem = 'required' | 'startPassed' | 'endBeforeStart' | 'hardStopBeforeEnd';

/** The start: required and still ahead (the server checks it again when the draft is published). */
export function startProblem(startsAt: Date | null | undefined, now: number): ScheduleProblem | null {
  if (!startsAt) return 'required';
  return startsAt.getTime() <= now ? 'startPassed' : null;
}

/** The end: required and after the start. */
export function endProblem(
  endsAt: Date | null | undefined,
  startsAt: Date | null | undefined,
): ScheduleProblem | null {
  if (!endsAt) return 'required';
  return startsAt && endsAt.getTime() <= startsAt.getTime() ? 'endBeforeStart' : null;
}

/** The hard stop, when there is one: not before the end. */
export function hardStopProblem(
  hardStopAt: Date | null | undefined,
  endsAt: Date | null | undefined,
): ScheduleProblem | null {
  if (!hardStopAt || !endsAt) return null;
  return hardStopAt.getTime() < endsAt.getTime() ? 'hardStopBeforeEnd' : null;
}

/** The maximum step, when there is one, may not be narrower than the minimum. */
export function maxStepBelowMin(
  values: Pick<AuctionFormValues, 'minStepKind' | 'minStep' | 'maxStepKind' | 'maxStep'>,
) {
  return maxBelowMin(
    stepOf(values.minStepKind ?? 'absolute', values.minStep),
    optionalStep(values.maxStepKind, values.maxStep),
  );
}
