export { catalogPortalParts } from './portal-parts';
export { CATALOG_PATH, COMPARE_PATH, comparePath, productPath, QUOTES_PATH, quotePath } from './paths';
