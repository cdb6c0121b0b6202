export { ordersOperatorPart, ordersPortalParts } from './portal-parts';
