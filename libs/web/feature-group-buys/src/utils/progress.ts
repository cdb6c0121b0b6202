import type { CampaignView } from '../data/types';
import { Dec } from './decimal';
import { tierIndexAt } from './ladder';

/**
 * The progress bar of a campaign drawn over its ladder: where the pooled total stands between
 * 0 and the end of the scale, with a mark at every tier's start and at the minimum for success.
 * The end of the scale is the maximum total (the seller's capacity) when there is one, else a
 * quarter beyond the furthest of the last tier, the minimum and the total. The positions are
 * percentages for drawing only; every figure shown comes from the decimal text.
 */
export interface BarMark {
  kind: 'tier' | 'min';
  /** The tier's index (0-based) for a tier mark. */
  index: number;
  quantity: string;
  unitPrice: string | null;
  /** 0–100, where the mark sits on the bar. */
  percent: number;
  reached: boolean;
}

export interface ProgressBar {
  /** The quantity at the right end of the bar. */
  scale: string;
  /** 0–100: the pooled total's share of the scale. */
  percent: number;
  marks: BarMark[];
  /** The tier the total reached (0-based). */
  tierIndex: number;
}

type Terms = Pick<CampaignView, 'ladder' | 'minTotal' | 'maxTotal'> & {
  progress: Pick<CampaignView['progress'], 'total'>;
};

/** The quantity at the right end of the bar. */
export function barScale(c: Terms): Dec {
  if (c.maxTotal !== null && new Dec(c.maxTotal).greaterThan(0)) return new Dec(c.maxTotal);
  const last = c.ladder.at(-1)?.minQuantity ?? '0';
  const furthest = Dec.max(last, c.minTotal, c.progress.total);
  return furthest.isZero() ? new Dec(1) : furthest.times('1.25');
}

/** A quantity's place on a scale, as a percentage 0–100 rounded to 2 places (for drawing). */
export function percentOf(quantity: string | Dec, scale: Dec): number {
  if (scale.lessThanOrEqualTo(0)) return 0;
  const p = new Dec(quantity).dividedBy(scale).times(100);
  return Dec.min(100, Dec.max(0, p)).toDecimalPlaces(2).toNumber();
}

export function progressBar(c: Terms): ProgressBar {
  const scale = barScale(c);
  const total = new Dec(c.progress.total);
  const marks: BarMark[] = c.ladder.flatMap((tier, index) =>
    index === 0
      ? []
      : [
          {
            kind: 'tier' as const,
            index,
            quantity: tier.minQuantity,
            unitPrice: tier.unitPrice,
            percent: percentOf(tier.minQuantity, scale),
            reached: total.greaterThanOrEqualTo(tier.minQuantity),
          },
        ],
  );
  marks.push({
    kind: 'min',
    index: -1,
    quantity: c.minTotal,
    unitPrice: null,
    percent: percentOf(c.minTotal, scale),
    reached: total.greaterThanOrEqualTo(c.minTotal),
  });
  return {
    scale: scale.toFixed(),
    percent: percentOf(total, scale),
    marks: marks.sort((a, b) => a.percent - b.percent),
    tierIndex: tierIndexAt(c.ladder, c.progress.total),
  };
}

/** `minReachedBps` (0–10 000) as a whole percentage for display, rounded down: 9 999 → 99. */
export const minReachedPercent = (bps: number) => Math.floor(Math.max(0, Math.min(10_000, bps)) / 100);
