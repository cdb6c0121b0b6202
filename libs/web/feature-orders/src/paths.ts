/** The routes of the order screens, the same in the buyer and the seller portal. */
export const ORDERS_PATH = '/orders';
export const orderPath = (orderId: string) => `${ORDERS_PATH}/${orderId}`;

/** Screens of other features an order links to (same portal). */
export const QUOTES_PATH = '/quotes';
export const quotePath = (quoteId: string) => `${QUOTES_PATH}/${quoteId}`;
export const approvalPath = (requestId: string) => `/approvals/${requestId}`;

/** The fulfilment screens of the seller portal: a logistics company's pickups, a warehouse's release desk. */
export const PICKUPS_PATH = '/pickups';
export const WAREHOUSE_RELEASE_PATH = '/warehouse-release';

/** The operator console's dispute desk (platform:operate): the list, and one dispute to decide. */
export const DISPUTE_DESK_PATH = '/disputes';
export const disputeDeskPath = (disputeId: string) => `${DISPUTE_DESK_PATH}/${disputeId}`;
