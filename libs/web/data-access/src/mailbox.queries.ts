import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './api';

export const MAILBOX_REFRESH_MS = 10_000;

/** Outgoing mail (operators only), optionally filtered by recipient, refreshed every 10 s. */
export function useMailbox(to?: string) {
  const recipient = to?.trim() || undefined;
  return useQuery(
    api.mailbox.list.queryOptions({
      input: { to: recipient },
      refetchInterval: MAILBOX_REFRESH_MS,
      staleTime: 0,
      placeholderData: keepPreviousData,
    }),
  );
}
