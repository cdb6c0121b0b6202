import { Controller } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { contract } from '@tradeway/shared/contracts';
import { CompanyService } from './company.service';

@Controller()
export class CompanyController {
  constructor(private readonly companies: CompanyService) {}

  @Implement(contract.onboarding.apply)
  apply() {
    return implement(contract.onboarding.apply).handler(({ input }) => this.companies.apply(input));
  }
}
