export { buyerOwner, operatorAdmin, sellerOwner, testMe, type TestMembership } from './me';
export { renderWithProviders } from './render';
export { renderPortal, type RenderPortalOptions } from './render-portal';
