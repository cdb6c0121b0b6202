import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { PickupService } from './pickup.service';
import { ShipmentService } from './shipment.service';

const f = contract.fulfilment;

/** Shipments, tracking, pickup authorisations, the logistics and warehouse views: thin, one service call per route. */
@Controller()
export class FulfilmentController {
  constructor(
    private readonly shipments: ShipmentService,
    private readonly pickups: PickupService,
  ) {}

  @Implement(f.listShipments)
  listShipments(@Req() req: FastifyRequest) {
    return implement(f.listShipments).handler(({ input }) => this.shipments.list(authOf(req), input.orderId));
  }

  @Implement(f.createShipment)
  createShipment(@Req() req: FastifyRequest) {
    return implement(f.createShipment).handler(({ input: { orderId, ...rest } }) =>
      this.shipments.create(authOf(req), orderId, rest),
    );
  }

  @Implement(f.cancelShipment)
  cancelShipment(@Req() req: FastifyRequest) {
    return implement(f.cancelShipment).handler(({ input }) =>
      this.shipments.cancel(authOf(req), input.shipmentId, input.reason),
    );
  }

  @Implement(f.addTracking)
  addTracking(@Req() req: FastifyRequest) {
    return implement(f.addTracking).handler(({ input: { shipmentId, ...rest } }) =>
      this.shipments.track(authOf(req), shipmentId, rest),
    );
  }

  @Implement(f.issuePickup)
  issuePickup(@Req() req: FastifyRequest) {
    return implement(f.issuePickup).handler(({ input: { shipmentId, ...rest } }) =>
      this.pickups.issue(authOf(req), shipmentId, rest),
    );
  }

  @Implement(f.revokePickup)
  revokePickup(@Req() req: FastifyRequest) {
    return implement(f.revokePickup).handler(({ input }) =>
      this.pickups.revoke(authOf(req), input.authorisationId, input.reason),
    );
  }

  @Implement(f.listLogisticsPickups)
  listLogisticsPickups(@Req() req: FastifyRequest) {
    return implement(f.listLogisticsPickups).handler(({ input }) =>
      this.pickups.listForCarrier(authOf(req), input),
    );
  }

  @Implement(f.listWarehousePickups)
  listWarehousePickups(@Req() req: FastifyRequest) {
    return implement(f.listWarehousePickups).handler(({ input }) =>
      this.pickups.listForWarehouse(authOf(req), input),
    );
  }

  @Implement(f.releasePickup)
  releasePickup(@Req() req: FastifyRequest) {
    return implement(f.releasePickup).handler(({ input }) =>
      this.pickups.release(authOf(req), input.shipmentId, input.code),
    );
  }
}
