import { ok, type Result } from '@tradeway/shared/kernel';
import type { CAMPAIGN_STATUSES } from '@tradeway/shared/contracts';
import { groupBuyFailure, type GroupBuyError } from './group-buy.errors';

/**
 * The campaign's lifecycle (DESIGN.md §7):
 *
 * | from           | command | to                    | who                          |
 * |----------------|---------|-----------------------|------------------------------|
 * | draft          | publish | open ¹ / pending_seller | organiser                  |
 * | draft          | cancel  | cancelled             | organiser                    |
 * | pending_seller | confirm | open                  | seller                       |
 * | pending_seller | cancel  | cancelled             | organiser, seller (declines) |
 * | open           | cancel  | cancelled             | organiser (before deadline)  |
 * | open           | settle  | settling              | system (at the deadline)     |
 * | settling       | finish  | succeeded / failed ²  | system                       |
 *
 * ¹ organised by the seller itself; a buyer's or the operator's campaign waits for the seller.
 * ² succeeded when the total reached the minimum, else failed. Settling is its own state so that
 *   a worker killed half-way finishes the same settlement when it returns (never a second).
 */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type CampaignActor = 'organiser' | 'seller' | 'system';
export type CampaignCommand =
  | { readonly kind: 'publish'; readonly sellerOrganised: boolean }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'cancel'; readonly reason: string }
  | { readonly kind: 'settle' }
  | { readonly kind: 'finish'; readonly succeeded: boolean };

export interface CampaignFacts {
  readonly status: CampaignStatus;
  readonly deadline: Date;
}

export interface CampaignTransition {
  readonly from: CampaignStatus;
  readonly to: CampaignStatus;
  readonly event: string;
}

const ACTORS: Readonly<
  Record<CampaignStatus, Readonly<Partial<Record<CampaignCommand['kind'], readonly CampaignActor[]>>>>
> = {
  draft: { publish: ['organiser'], cancel: ['organiser'] },
  pending_seller: { confirm: ['seller'], cancel: ['organiser', 'seller'] },
  open: { cancel: ['organiser'], settle: ['system'] },
  settling: { finish: ['system'] },
  succeeded: {},
  failed: {},
  cancelled: {},
};

export function campaignTransition(
  facts: CampaignFacts,
  command: CampaignCommand,
  actor: CampaignActor,
  now: Date,
): Result<CampaignTransition, GroupBuyError> {
  const actors = ACTORS[facts.status][command.kind];
  if (!actors) return groupBuyFailure('CAMPAIGN_TRANSITION_NOT_ALLOWED', { params: { state: facts.status } });
  if (!actors.includes(actor)) return groupBuyFailure('CAMPAIGN_ACTOR_NOT_ALLOWED');
  const done = (to: CampaignStatus) => ok({ from: facts.status, to, event: `campaign.${to}` });
  const beforeDeadline = now.getTime() < facts.deadline.getTime();
  switch (command.kind) {
    case 'publish':
      if (!beforeDeadline) {
        return groupBuyFailure('CAMPAIGN_DEADLINE_PASSED', {
          field: 'deadline',
          params: { now: now.toISOString() },
        });
      }
      return done(command.sellerOrganised ? 'open' : 'pending_seller');
    case 'confirm':
      if (!beforeDeadline) {
        return groupBuyFailure('CAMPAIGN_DEADLINE_PASSED', {
          field: 'deadline',
          params: { now: now.toISOString() },
        });
      }
      return done('open');
    case 'cancel':
      if (facts.status === 'open' && !beforeDeadline) {
        return groupBuyFailure('CAMPAIGN_TRANSITION_NOT_ALLOWED', { params: { state: 'closed' } });
      }
      return done('cancelled');
    case 'settle':
      if (beforeDeadline) {
        return groupBuyFailure('CAMPAIGN_DEADLINE_NOT_REACHED', {
          params: { deadline: facts.deadline.toISOString() },
        });
      }
      return done('settling');
    case 'finish':
      return done(command.succeeded ? 'succeeded' : 'failed');
  }
}
