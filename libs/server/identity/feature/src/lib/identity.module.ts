import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityRepository } from '@tradeway/server/identity/data-access';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

/** Sign-in, sessions and the access guard that every contract route passes through. */
@Module({
  controllers: [AuthController],
  providers: [IdentityRepository, AuthService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class IdentityModule {}
