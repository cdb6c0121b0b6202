import { Controller, Get } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { contract, type Health } from '@tradeway/shared/contracts';
import { HealthService } from './health.service';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Implement(contract.health.check)
  check() {
    return implement(contract.health.check).handler(() => this.health.check());
  }

  /** The same report at the conventional path for load balancers and probes. */
  @Get('/health')
  probe(): Promise<Health> {
    return this.health.check();
  }
}
