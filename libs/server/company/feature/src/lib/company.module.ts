import { Module } from '@nestjs/common';
import { CompanyAdminRepository, CompanyRepository } from '@tradeway/server/company/data-access';
import { CompanyAdminController } from './company-admin.controller';
import { CompanyAdminService } from './company-admin.service';
import { CompanyController } from './company.controller';
import { CompanyService } from './company.service';

@Module({
  controllers: [CompanyController, CompanyAdminController],
  providers: [CompanyRepository, CompanyService, CompanyAdminRepository, CompanyAdminService],
  exports: [CompanyService],
})
export class CompanyModule {}
