import type { AnyContractProcedure } from '@orpc/contract';
import type { Access, RateLimitName, RouteMeta } from './access';
import { approvalContract, requisitionContract } from './approval.contract';
import { auctionContract } from './auction.contract';
import { catalogContract } from './catalog.contract';
import { companyAdminContract } from './company-admin.contract';
import { groupBuyContract } from './group-buy.contract';
import { healthContract } from './health.contract';
import { authContract, mailboxContract } from './identity.contract';
import { onboardingContract } from './onboarding.contract';
import { orderContract } from './order.contract';
import { orderFulfilmentContract } from './order-fulfilment.contract';
import { orderIntegrationContract } from './order-integration.contract';
import { orderReceiptContract } from './order-receipt.contract';
import { pricingContract, quoteContract } from './pricing.contract';
import { rfqContract } from './rfq.contract';

/** Every route of the API: the server implements it, the portals call it, OpenAPI describes it. */
export const contract = {
  health: healthContract,
  catalog: catalogContract,
  onboarding: onboardingContract,
  auth: authContract,
  mailbox: mailboxContract,
  companyAdmin: companyAdminContract,
  approval: approvalContract,
  requisitions: requisitionContract,
  pricing: pricingContract,
  quotes: quoteContract,
  orders: orderContract,
  fulfilment: orderFulfilmentContract,
  receipts: orderReceiptContract,
  integration: orderIntegrationContract,
  rfqs: rfqContract,
  auctions: auctionContract,
  groupBuys: groupBuyContract,
};
export type Contract = typeof contract;

export interface RouteRow {
  /** `group.procedure`, e.g. `auth.signIn`. */
  name: string;
  method: string;
  /** OpenAPI form: `/api/requisitions/{id}`. */
  path: string;
  hasInput: boolean;
  access: Access | undefined;
  rateLimit: RateLimitName | undefined;
}

/** Every route of the contract with its method, path and declared access: the route table. */
export function routeTable(): RouteRow[] {
  const rows: RouteRow[] = [];
  for (const [group, procedures] of Object.entries(contract)) {
    for (const [name, procedure] of Object.entries(procedures as Record<string, AnyContractProcedure>)) {
      const def = procedure['~orpc'];
      rows.push({
        name: `${group}.${name}`,
        method: def.route.method ?? 'POST',
        path: def.route.path ?? '',
        hasInput: !!def.inputSchema,
        access: (def.meta as RouteMeta).access,
        rateLimit: (def.meta as RouteMeta).rateLimit,
      });
    }
  }
  return rows;
}
