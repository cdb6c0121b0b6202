import type { Provider, Type } from '@nestjs/common';
import { ShipmentRepository } from '@tradeway/server/orders/data-access';
import { FulfilmentController } from './fulfilment.controller';
import { PickupService } from './pickup.service';
import { ShipmentService } from './shipment.service';

/** The fulfilment part of the order module: its controllers, its services, and what the worker runs. */
export const FULFILMENT_CONTROLLERS: Type[] = [FulfilmentController];
export const FULFILMENT_PROVIDERS: Provider[] = [ShipmentRepository, ShipmentService, PickupService];
/** Nothing scheduled: expiry of a pickup authorisation is a comparison with the server clock, not a job. */
export const FULFILMENT_JOB_PROVIDERS: Provider[] = [];
