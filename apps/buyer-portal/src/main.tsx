import { bootstrapPortal } from '@tradeway/web/ui';
import { buyerPortal } from './portal';

bootstrapPortal(buyerPortal);
