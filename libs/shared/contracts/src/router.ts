import { catalogContract } from './catalog.contract';
import { healthContract } from './health.contract';
import { authContract, mailboxContract } from './identity.contract';
import { onboardingContract } from './onboarding.contract';

/** Every route of the API: the server implements it, the portals call it, OpenAPI describes it. */
export const contract = {
  health: healthContract,
  catalog: catalogContract,
  onboarding: onboardingContract,
  auth: authContract,
  mailbox: mailboxContract,
};
export type Contract = typeof contract;
