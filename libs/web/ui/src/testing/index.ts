export { renderWithProviders } from './render';
export { renderPortal } from './render-portal';
