import { z } from 'zod';
import { publicRoute, requires, signedInRoute } from './access';
import { BUILT_IN_ROLES, PERMISSIONS } from './permissions';

export const BuiltInRoleSchema = z.enum(BUILT_IN_ROLES);
export const PermissionSchema = z.enum(PERMISSIONS);
export const CompanyKindFullSchema = z.enum(['buyer', 'seller', 'operator', 'logistics', 'financier']);

export const EmailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());

/** At least 10 characters with a letter and a digit; no upper bound below 128. */
export const NewPasswordSchema = z
  .string()
  .min(10, 'At least 10 characters')
  .max(128)
  .regex(/[A-Za-z]/, 'Needs a letter')
  .regex(/[0-9]/, 'Needs a digit');

export const MembershipSummarySchema = z.object({
  membershipId: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  companyNameEn: z.string().nullable(),
  /** The company's province (ISO 3166-2, e.g. CN-GD): the default delivery place. */
  companyRegionCode: z.string().nullable(),
  companyKinds: z.array(CompanyKindFullSchema),
  builtInRoles: z.array(BuiltInRoleSchema),
  isOwner: z.boolean(),
});
export type MembershipSummary = z.infer<typeof MembershipSummarySchema>;

/** Who is signed in, in which company, holding which permissions. */
export const MeSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string(), locale: z.string() }),
  activeCompanyId: z.uuid(),
  memberships: z.array(MembershipSummarySchema),
  permissions: z.array(PermissionSchema),
});
export type Me = z.infer<typeof MeSchema>;

export const SignInInputSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(128),
  /** Which company to act in; default: the first membership. */
  companyId: z.uuid().optional(),
});
export type SignInInput = z.infer<typeof SignInInputSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

export const MailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type Mail = z.infer<typeof MailSchema>;

export const authContract = {
  signIn: publicRoute
    .route({
      method: 'POST',
      path: '/api/auth/sign-in',
      summary: 'Sign in with email and password',
      description:
        'Sets the httpOnly session cookie. Wrong email or password answer the same 401. Repeated failures are throttled per account and per address: 429 with Retry-After.',
      tags: ['auth'],
    })
    .input(SignInInputSchema)
    .output(MeSchema),
  signOut: signedInRoute
    .route({ method: 'POST', path: '/api/auth/sign-out', summary: 'End this session', tags: ['auth'] })
    .output(OkSchema),
  me: signedInRoute
    .route({
      method: 'GET',
      path: '/api/auth/me',
      summary: 'The signed-in user and active company',
      tags: ['auth'],
    })
    .output(MeSchema),
  switchCompany: signedInRoute
    .route({
      method: 'POST',
      path: '/api/auth/switch-company',
      summary: 'Act in another company the user belongs to',
      tags: ['auth'],
    })
    .input(z.object({ companyId: z.uuid() }))
    .output(MeSchema),
  changePassword: signedInRoute
    .route({
      method: 'POST',
      path: '/api/auth/password',
      summary: 'Change the password (ends the other sessions)',
      tags: ['auth'],
    })
    .input(z.object({ currentPassword: z.string().min(1).max(128), newPassword: NewPasswordSchema }))
    .output(OkSchema),
  requestPasswordReset: publicRoute
    .route({
      method: 'POST',
      path: '/api/auth/password-reset',
      successStatus: 202,
      summary: 'Mail a password-reset link',
      description: 'Always 202, whether or not the address has an account.',
      tags: ['auth'],
    })
    .input(
      z.object({
        email: EmailSchema,
        /** The portal asking: the mailed link opens the same portal. */
        portal: z.enum(['buyer', 'seller', 'operator']).default('buyer'),
      }),
    )
    .output(OkSchema),
  resetPassword: publicRoute
    .route({
      method: 'POST',
      path: '/api/auth/password-reset/confirm',
      summary: 'Set a new password with the mailed token (valid 30 minutes, once)',
      tags: ['auth'],
    })
    .input(z.object({ token: z.string().min(20).max(200), newPassword: NewPasswordSchema }))
    .output(OkSchema),
};

export const mailboxContract = {
  list: requires('platform:mailbox')
    .route({
      method: 'GET',
      path: '/api/platform/mailbox',
      summary: 'Outgoing mail (the dev mailbox when no SMTP server is configured)',
      tags: ['platform'],
    })
    .input(z.object({ to: z.string().trim().max(254).optional() }))
    .output(z.object({ items: z.array(MailSchema) })),
};
