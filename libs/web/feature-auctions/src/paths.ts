/** The routes of the auction screens, the same in both portals. */
export const AUCTIONS_PATH = '/auctions';
export const NEW_AUCTION_PATH = '/auctions/new';
export const auctionPath = (auctionId: string) => `${AUCTIONS_PATH}/${auctionId}`;

/** Screens of other features an auction links to (same portal; features do not import each other). */
export const orderPath = (orderId: string) => `/orders/${orderId}`;
