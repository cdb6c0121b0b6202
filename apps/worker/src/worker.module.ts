import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, HousekeepingService, PlatformModule } from '@tradeway/server/platform';
import { HousekeepingProcessor } from './housekeeping.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, { http: false })],
      providers: [HousekeepingService, HousekeepingProcessor],
    };
  }
}
