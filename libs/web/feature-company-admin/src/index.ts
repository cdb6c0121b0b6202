export { companyAdminPortalParts } from './portal-parts';
