import { useQuery } from '@tanstack/react-query';
import { api } from './api';

export const HEALTH_REFRESH_MS = 15_000;

/** The API's health, refreshed every 15 s while the page is open. */
export function useHealth() {
  return useQuery(api.health.check.queryOptions({ refetchInterval: HEALTH_REFRESH_MS, staleTime: 0 }));
}
