import type { Provider, Type } from '@nestjs/common';
import { ReceiptRepository } from '@tradeway/server/orders/data-access';
import { AutoAcceptanceJob } from './auto-acceptance.job';
import { DisputeDeskController } from './dispute-desk.controller';
import { DisputeService } from './dispute.service';
import { ReceiptController } from './receipt.controller';
import { ReceiptService } from './receipt.service';

/** The receipt part of the order module: its controllers, its services, and what the worker runs. */
export const RECEIPT_CONTROLLERS: Type[] = [ReceiptController, DisputeDeskController];
export const RECEIPT_PROVIDERS: Provider[] = [ReceiptRepository, ReceiptService, DisputeService];
export const RECEIPT_JOB_PROVIDERS: Provider[] = [AutoAcceptanceJob];
