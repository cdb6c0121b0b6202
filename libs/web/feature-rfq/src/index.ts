export { rfqPortalParts } from './portal-parts';
