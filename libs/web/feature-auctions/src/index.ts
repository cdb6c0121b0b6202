export { auctionPortalParts } from './portal-parts';
