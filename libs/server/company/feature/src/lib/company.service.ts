import { Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { CompanyRepository } from '@tradeway/server/company/data-access';
import { COMPANY_ERRORS, companyErrorMessage } from '@tradeway/server/company/domain';
import type { OnboardingApplication, OnboardingApplicationInput } from '@tradeway/shared/contracts';

@Injectable()
export class CompanyService {
  constructor(private readonly repository: CompanyRepository) {}

  async apply(input: OnboardingApplicationInput): Promise<OnboardingApplication> {
    const result = await this.repository.submitApplication(input);
    if (result.ok) return result.value;
    const message = companyErrorMessage(result.error, 'en');
    throw new ORPCError('CONFLICT', {
      status: COMPANY_ERRORS[result.error].status,
      message,
      data: { reason: result.error, fields: [{ path: 'creditCode', message }] },
    });
  }
}
