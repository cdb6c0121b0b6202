import { HEALTH_REFRESH_MS, useHealth } from '@tradeway/web/data-access';
import { HealthSummary } from './HealthSummary';

/** The health status, fetched from the API and refreshed while the page is open. */
export function HealthPanel() {
  const query = useHealth();
  return (
    <HealthSummary
      health={query.data}
      loading={query.isPending}
      unreachable={query.isError}
      checkedAt={query.dataUpdatedAt || undefined}
      refreshing={query.isFetching}
      refreshSeconds={HEALTH_REFRESH_MS / 1000}
      onRefresh={() => void query.refetch()}
    />
  );
}
