export { pricingPortalParts } from './portal-parts';
