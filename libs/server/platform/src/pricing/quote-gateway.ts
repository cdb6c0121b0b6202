import type { Explanation, Quote, QuoteRequest } from '@tradeway/shared/contracts';
import type { RequestAuth } from '../auth/request-auth';

/**
 * The quote engine as other features see it: a stored quote for the caller's company at the
 * day's prices, exactly as `quotes.create` makes it (refused with pricing's 4xx: SKU not
 * found, no price list of the buyer's covers it, quantity or delivery not offered …). The
 * pricing feature provides it (globally), so a feature that needs fresh quotes (reorders,
 * repeat orders) depends on this port, never on the pricing feature itself.
 */
export abstract class QuoteGateway {
  abstract create(auth: RequestAuth, input: QuoteRequest, now?: Date): Promise<Quote>;
  /**
   * The seller's own price for a buyer, nothing stored (the price debugger's answer): the quote
   * my rules give, or the engine's refusal. RFQ answers are pre-filled with it.
   */
  abstract explain(
    auth: RequestAuth,
    input: QuoteRequest & { buyerId: string },
    now?: Date,
  ): Promise<Explanation>;
}
