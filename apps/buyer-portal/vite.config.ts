import { portalConfig } from '../../tools/vite/portal-config.ts';

export default portalConfig(import.meta.dirname, 'buyer-portal', 4201);
