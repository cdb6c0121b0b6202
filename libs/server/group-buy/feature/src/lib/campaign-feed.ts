import { Injectable } from '@nestjs/common';
import { GroupBuyRepository, type CampaignStatusValue } from '@tradeway/server/group-buy/data-access';
import { LiveBus } from '@tradeway/server/platform';

/** A campaign's pool after a committed change, sent between processes (`version` orders them). */
export interface CampaignPulse {
  readonly campaignId: string;
  readonly status: CampaignStatusValue;
  /** decimal text */
  readonly total: string;
  readonly participants: number;
  readonly version: number;
}

/** Pulses of campaigns over the live bus (one channel per campaign). */
@Injectable()
export class CampaignFeed {
  constructor(
    private readonly bus: LiveBus,
    private readonly repo: GroupBuyRepository,
  ) {}

  publish(pulse: CampaignPulse): Promise<void> {
    return this.bus.publish(`campaign:${pulse.campaignId}`, pulse);
  }

  /** After a committed change: the pool as it now is. */
  async announce(campaignId: string): Promise<void> {
    const row = await this.repo.findCampaign(this.repo.db, campaignId);
    if (!row) return;
    await this.bus.publish(`campaign:${campaignId}`, {
      campaignId,
      status: row.status,
      total: row.total.toString(),
      participants: row.participants,
      version: row.version,
    } satisfies CampaignPulse);
  }

  watch(campaignId: string, handler: (pulse: CampaignPulse) => void): () => void {
    return this.bus.subscribe(`campaign:${campaignId}`, (m) => handler(m as CampaignPulse));
  }
}
