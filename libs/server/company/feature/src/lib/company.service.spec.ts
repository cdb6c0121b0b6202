import { ORPCError } from '@orpc/server';
import { describe, expect, it } from 'vitest';
import type { CompanyRepository } from '@tradeway/server/company/data-access';
import { CompanyService } from './company.service';

const input = {
  companyName: 'A',
  creditCode: '91450100MA5L0A1B2C',
  kinds: ['buyer' as const],
  region: 'R',
  contactName: 'C',
  email: 'c@example.com',
};

describe('CompanyService.apply', () => {
  it('turns a refused application into a 409 on the creditCode field with the reason', async () => {
    const repository = {
      submitApplication: async () => ({ ok: false, error: 'APPLICATION_ALREADY_OPEN' }),
    } as unknown as CompanyRepository;
    const e = (await new CompanyService(repository).apply(input).catch((x: unknown) => x)) as ORPCError<
      string,
      Record<string, unknown>
    >;
    expect(e).toBeInstanceOf(ORPCError);
    expect(e.status).toBe(409);
    expect(e.data).toMatchObject({ reason: 'APPLICATION_ALREADY_OPEN', fields: [{ path: 'creditCode' }] });
  });

  it('returns the recorded application', async () => {
    const app = {
      id: '00000000-0000-4000-8000-000000000000',
      companyName: 'A',
      status: 'submitted',
      submittedAt: '2026-11-25T00:00:00.000Z',
    };
    const repository = {
      submitApplication: async () => ({ ok: true, value: app }),
    } as unknown as CompanyRepository;
    await expect(new CompanyService(repository).apply(input)).resolves.toEqual(app);
  });
});
