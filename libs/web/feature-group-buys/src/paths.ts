/** The routes of the group-buy screens, the same in both portals. */
export const GROUP_BUYS_PATH = '/group-buys';
export const NEW_GROUP_BUY_PATH = '/group-buys/new';
export const campaignPath = (campaignId: string) => `${GROUP_BUYS_PATH}/${campaignId}`;

/** Screens of other features a campaign links to (same portal; features do not import each other). */
export const orderPath = (orderId: string) => `/orders/${orderId}`;
export const approvalPath = (requestId: string) => `/approvals/${requestId}`;
