import { Module } from '@nestjs/common';
import { CompanyRepository } from '@tradeway/server/company/data-access';
import { CompanyController } from './company.controller';
import { CompanyService } from './company.service';

@Module({
  controllers: [CompanyController],
  providers: [CompanyRepository, CompanyService],
  exports: [CompanyService],
})
export class CompanyModule {}
