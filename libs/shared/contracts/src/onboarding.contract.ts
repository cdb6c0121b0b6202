import { publicRoute } from './access';
import { z } from 'zod';

export const CompanyKindSchema = z.enum(['buyer', 'seller', 'logistics', 'financier']);
export type CompanyKind = z.infer<typeof CompanyKindSchema>;

/** A prospective company asks to join; the operator reviews it (DESIGN.md §1, §12 coverage). */
export const OnboardingApplicationInputSchema = z.object({
  companyName: z.string().trim().min(2).max(200),
  /** Unified social credit code (统一社会信用代码): 18 characters. */
  creditCode: z
    .string()
    .trim()
    .regex(
      /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
      'Must be an 18-character unified social credit code',
    ),
  kinds: z.array(CompanyKindSchema).min(1).max(4),
  region: z.string().trim().min(2).max(100),
  contactName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{6,20}$/)
    .optional(),
  /** Declared yearly purchasing, CNY minor units (feeds the penetration rate later). */
  declaredAnnualPurchasingMinor: z.coerce.bigint().nonnegative().optional(),
});
export type OnboardingApplicationInput = z.infer<typeof OnboardingApplicationInputSchema>;

export const OnboardingApplicationSchema = z.object({
  id: z.uuid(),
  companyName: z.string(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  submittedAt: z.iso.datetime(),
});
export type OnboardingApplication = z.infer<typeof OnboardingApplicationSchema>;

export const onboardingContract = {
  apply: publicRoute
    .route({
      method: 'POST',
      path: '/api/onboarding/applications',
      successStatus: 201,
      summary: 'Apply for a company account',
      description: 'Public. One open application per credit code: a second one answers 409.',
      tags: ['onboarding'],
    })
    .input(OnboardingApplicationInputSchema)
    .output(OnboardingApplicationSchema),
};
