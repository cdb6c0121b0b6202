import { Module } from '@nestjs/common';
import { IdentityRepository } from '@tradeway/server/identity/data-access';
import { IdentityService } from './identity.service';

@Module({ providers: [IdentityRepository, IdentityService], exports: [IdentityService] })
export class IdentityModule {}
