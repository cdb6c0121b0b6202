import { getEventMeta } from '@orpc/client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, apiClient, apiProblem } from '@tradeway/web/data-access';
import { clockOffset } from '../utils/countdown';
import {
  applyProgress,
  isLive,
  type LiveConnection,
  progressChange,
  versionFromId,
  watchLive,
} from '../utils/live';
import { campaignKey, useCampaign } from './group-buys.queries';
import type { CampaignView } from './types';

/** A refusal that reconnecting will not change: the campaign is gone, the session ended, no permission. */
function isFatal(error: unknown): boolean {
  const status = apiProblem(error).status;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * A campaign, live: read once (`GET /api/group-buys/{id}`), then — while it waits for the
 * seller, is open or is being settled — its server-sent progress (`GET …/live`) applied to the
 * campaign in the query cache as it comes, so the progress panel, the ladder and the join panel
 * all show the same pool. When the stream breaks it reconnects with a back-off, resuming from
 * the last version received; when an event changes the status the campaign is read again (the
 * final price, my order), and when the pool moves the organiser's monitor asks again.
 *
 * `offset` is how far the server's clock is from the browser's, measured at the last answer or
 * event (`progress.serverTime` against the moment it arrived): the countdowns to the lock time
 * and the deadline count on the server's clock.
 */
export function useCampaignLive(campaignId: string | undefined) {
  const queryClient = useQueryClient();
  const query = useCampaign(campaignId);
  const campaign = query.data;
  const streaming = campaign ? isLive(campaign.progress.status) : false;
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const version = useRef<{ campaignId: string | undefined; version: number | undefined }>({
    campaignId,
    version: undefined,
  });

  useEffect(() => {
    if (!campaignId || !streaming) return;
    const controller = new AbortController();
    const key = campaignKey(campaignId);
    if (version.current.campaignId !== campaignId) version.current = { campaignId, version: undefined };
    void watchLive({
      open: (lastEventId, signal) =>
        apiClient.groupBuys.live({ campaignId }, { signal, ...(lastEventId ? { lastEventId } : {}) }),
      versionOf: (event) => versionFromId(getEventMeta(event)?.id),
      onEvent: (event, v) => {
        if (v !== undefined) version.current = { campaignId, version: v };
        const before = queryClient.getQueryData<CampaignView>(key);
        if (!before) return;
        const after = applyProgress(before, event);
        if (after === before) return;
        queryClient.setQueryData(key, after);
        const change = progressChange(before, after);
        if (change.status) {
          void queryClient.invalidateQueries({ queryKey: key });
          void queryClient.invalidateQueries({ queryKey: api.groupBuys.list.key() });
        }
        if (change.status || change.pool) {
          void queryClient.invalidateQueries({ queryKey: api.groupBuys.monitor.key() });
        }
      },
      onConnection: setConnection,
      isFatal,
      signal: controller.signal,
      lastVersion: version.current.version,
    });
    return () => controller.abort();
  }, [campaignId, streaming, queryClient]);

  return {
    query,
    campaign,
    connection: streaming ? connection : ('stopped' as const),
    offset: campaign ? clockOffset(campaign.progress.serverTime, query.dataUpdatedAt) : 0,
  };
}

export type CampaignLive = ReturnType<typeof useCampaignLive>;
