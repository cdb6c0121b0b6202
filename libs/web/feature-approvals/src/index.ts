export { approvalsPortalParts } from './portal-parts';
