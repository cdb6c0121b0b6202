/** The routes of the pricing screens in the seller portal. */
export const PRICE_LISTS_PATH = '/price-lists';
export const CONTRACT_PRICES_PATH = '/contract-prices';
export const GRADES_PATH = '/grades';
export const CATALOG_IMPORTS_PATH = '/catalog-imports';
export const PRICE_DEBUGGER_PATH = '/price-debugger';
export const OFFERS_PATH = '/offers';

export const priceListPath = (listId: string) => `${PRICE_LISTS_PATH}/${listId}`;
export const offerPath = (quoteId: string) => `${OFFERS_PATH}/${quoteId}`;
/** The approval of a special price, in the approval screens of the same portal. */
export const approvalPath = (requestId: string) => `/approvals/${requestId}`;

/** The seller's stock per warehouse location (a catalog screen, beside the imports). */
export const INVENTORY_PATH = '/inventory';
