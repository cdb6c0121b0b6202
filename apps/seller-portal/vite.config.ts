import { portalConfig } from '../../tools/vite/portal-config.ts';

export default portalConfig(import.meta.dirname, 'seller-portal', 4202);
