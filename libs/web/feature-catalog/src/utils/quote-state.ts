import type { QuoteStatus } from '../data/types';

/** Why a quote cannot be accepted now, or null when it can. */
export type AcceptBlock = 'noPermission' | 'accepted' | 'expired' | 'pending' | 'rejected' | 'notSaved';

/**
 * Whether the buyer may accept a quote (DESIGN.md §4: honoured exactly until it expires):
 * only an active, saved quote before its end, by someone holding `order:create`. The server
 * clock decides in the end; this only keeps the button from promising what it refuses.
 */
export function acceptBlock(
  quote: { id: string | null; status: QuoteStatus | null; validUntil: string },
  now: Date,
  canAccept: boolean,
): AcceptBlock | null {
  if (!quote.id || !quote.status) return 'notSaved';
  if (quote.status === 'accepted') return 'accepted';
  if (quote.status === 'rejected') return 'rejected';
  if (quote.status === 'expired' || Date.parse(quote.validUntil) <= now.getTime()) return 'expired';
  if (quote.status === 'pending_approval') return 'pending';
  return canAccept ? null : 'noPermission';
}
