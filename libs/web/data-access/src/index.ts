export { api, apiClient } from './api';
export { HEALTH_REFRESH_MS, useHealth } from './health.queries';
export { createQueryClient, shouldRetry } from './query-client';
