export { groupBuyPortalParts } from './portal-parts';
