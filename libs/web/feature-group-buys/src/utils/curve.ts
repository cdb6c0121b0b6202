import type { CampaignMonitorView, LadderTier } from '../data/types';

/**
 * The pooled total over time for the monitor's chart: the server's curve (one point per
 * change) and, while the campaign runs, the total as it is now at the server's time, so the
 * step line reaches the present. Values on the axes are for drawing only; the figures shown
 * come from the decimal text.
 */
export interface PoolPoint {
  /** Milliseconds since the epoch (the chart's time axis). */
  at: number;
  /** The total as a number, for the chart's axis only (never computed with). */
  total: number;
  totalText: string;
}

export function poolPoints(
  curve: CampaignMonitorView['curve'],
  now?: { at: string; total: string },
): PoolPoint[] {
  const points = curve.map((c) => ({ at: Date.parse(c.at), total: Number(c.total), totalText: c.total }));
  const last = points.at(-1);
  if (now && last && Date.parse(now.at) > last.at) {
    points.push({ at: Date.parse(now.at), total: Number(now.total), totalText: now.total });
  }
  return points;
}

/** The tier starts (above 0) and the minimum, as the chart's reference lines. */
export function thresholds(
  ladder: readonly LadderTier[],
  minTotal: string,
): Array<{ kind: 'tier' | 'min'; index: number; quantity: string; value: number; unitPrice: string | null }> {
  return [
    ...ladder.slice(1).map((t, i) => ({
      kind: 'tier' as const,
      index: i + 1,
      quantity: t.minQuantity,
      value: Number(t.minQuantity),
      unitPrice: t.unitPrice,
    })),
    { kind: 'min' as const, index: -1, quantity: minTotal, value: Number(minTotal), unitPrice: null },
  ];
}
