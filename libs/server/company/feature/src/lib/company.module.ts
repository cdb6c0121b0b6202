import { Module } from '@nestjs/common';
import { CompanyAdminRepository, CompanyRepository } from '@tradeway/server/company/data-access';
import { CompanyAdminController } from './company-admin.controller';
import { CompanyAdminService } from './company-admin.service';
import { CompanyController } from './company.controller';
import { CompanyService } from './company.service';
import { StaffActivityService } from './staff-activity.service';

@Module({
  controllers: [CompanyController, CompanyAdminController],
  providers: [
    CompanyRepository,
    CompanyService,
    CompanyAdminRepository,
    CompanyAdminService,
    StaffActivityService,
  ],
  exports: [CompanyService],
})
export class CompanyModule {}

/** The worker's part: staff activity reports without HTTP. */
@Module({ providers: [CompanyAdminRepository, StaffActivityService], exports: [StaffActivityService] })
export class StaffActivityModule {}
