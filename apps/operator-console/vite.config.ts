import { portalConfig } from '../../tools/vite/portal-config.ts';

export default portalConfig(import.meta.dirname, 'operator-console', 4203);
