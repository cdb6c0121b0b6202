import { bootstrapPortal } from '@tradeway/web/ui';
import { sellerPortal } from './portal';

bootstrapPortal(sellerPortal);
