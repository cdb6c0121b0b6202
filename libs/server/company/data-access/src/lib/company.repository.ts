import { Injectable } from '@nestjs/common';
import { err, ok, type Result } from '@tradeway/shared/kernel';
import { PrismaService } from '@tradeway/server/platform';
import type { CompanyErrorCode } from '@tradeway/server/company/domain';
import type { OnboardingApplication, OnboardingApplicationInput } from '@tradeway/shared/contracts';

@Injectable()
export class CompanyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Records an application unless one is already open for the credit code, or the company
   * is already on the platform. The check and the insert run under a transaction-scoped
   * advisory lock on the credit code, so two simultaneous applications cannot both pass.
   */
  async submitApplication(
    input: OnboardingApplicationInput,
  ): Promise<Result<OnboardingApplication, CompanyErrorCode>> {
    return this.prisma.client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('onboarding:' || ${input.creditCode}))`;
      if (await tx.company.findUnique({ where: { creditCode: input.creditCode }, select: { id: true } })) {
        return err('COMPANY_ALREADY_ONBOARDED' as const);
      }
      const open = await tx.onboardingApplication.findFirst({
        where: { creditCode: input.creditCode, status: 'submitted' },
        select: { id: true },
      });
      if (open) return err('APPLICATION_ALREADY_OPEN' as const);
      const row = await tx.onboardingApplication.create({ data: { ...input, phone: input.phone ?? null } });
      return ok({
        id: row.id,
        companyName: row.companyName,
        status: row.status,
        submittedAt: row.submittedAt.toISOString(),
      });
    });
  }
}
