import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, apiClient, apiProblem } from '@tradeway/web/data-access';
import { clockOffset } from '../utils/countdown';
import { type CurvePoint, withLivePoint } from '../utils/curve';
import { applyLiveEvent, isLive, liveChange, type LiveConnection, watchLive } from '../utils/live';
import { auctionKey, useAuction } from './auctions.queries';
import type { AuctionView } from './types';

/** A refusal that reconnecting will not change: the auction is gone, the session ended, no permission. */
function isFatal(error: unknown): boolean {
  const status = apiProblem(error).status;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * An auction, live: read once (`GET /api/auctions/{id}`), then — while it is scheduled or
 * running — its server-sent events (`GET …/live`) applied to the auction in the query cache as
 * they come, so every part of the page shows the same state. When the stream breaks it
 * reconnects with a back-off, resuming from the last sequence number received; when an event
 * changes the status, the auction is read again (a closed sealed auction reveals its ranking).
 *
 * `offset` is how far the server's clock is from the browser's, measured at the last answer or
 * event (`serverTime` against the moment it arrived): countdowns count on the server's clock.
 * `series` is the best price at each event (the owner's price curve while it runs).
 */
export function useAuctionLive(auctionId: string | undefined) {
  const queryClient = useQueryClient();
  const query = useAuction(auctionId);
  const auction = query.data;
  const streaming = auction ? isLive(auction.status) : false;
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [series, setSeries] = useState<{ auctionId: string | undefined; points: CurvePoint[] }>({
    auctionId,
    points: [],
  });

  useEffect(() => {
    if (!auctionId || !streaming) return;
    const controller = new AbortController();
    const key = auctionKey(auctionId);
    void watchLive({
      open: (lastEventId, signal) =>
        apiClient.auctions.live({ auctionId }, { signal, ...(lastEventId ? { lastEventId } : {}) }),
      onEvent: (event) => {
        const before = queryClient.getQueryData<AuctionView>(key);
        if (!before) return;
        const after = applyLiveEvent(before, event);
        if (after === before) return;
        queryClient.setQueryData(key, after);
        setSeries((s) => {
          // the series starts at the auction as first read, then a point per move of the best price
          const known =
            s.auctionId === auctionId && s.points.length > 0 ? s.points : withLivePoint([], before);
          return { auctionId, points: withLivePoint(known, after) };
        });
        if (liveChange(before, after).status) {
          void queryClient.invalidateQueries({ queryKey: key });
          void queryClient.invalidateQueries({ queryKey: api.auctions.list.key() });
        }
      },
      onConnection: setConnection,
      isFatal,
      signal: controller.signal,
      lastSeq: queryClient.getQueryData<AuctionView>(key)?.lastSeq,
    });
    return () => controller.abort();
  }, [auctionId, streaming, queryClient]);

  return {
    query,
    auction,
    connection: streaming ? connection : ('stopped' as const),
    offset: auction ? clockOffset(auction.serverTime, query.dataUpdatedAt) : 0,
    series: series.auctionId === auctionId ? series.points : [],
  };
}

export type AuctionLive = ReturnType<typeof useAuctionLive>;
