import { bootstrapPortal } from '@tradeway/web/ui';
import { operatorPortal } from './portal';

bootstrapPortal(operatorPortal);
