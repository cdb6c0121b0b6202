import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES } from '@tradeway/shared/contracts';
import { useCompanyName } from '@tradeway/web/ui';
import { useCounterparties } from '../data/orders.queries';
import type { OrderSide, OrderStatus } from '../data/types';
import { hasFilters, type OrderFilters } from '../utils/order-query';

/**
 * The filters of the order list: number or reference, statuses, the company on the other
 * side, the days of creation. Each change replaces the filters (and goes back to page 1).
 */
export function OrderFilterBar({
  side,
  filters,
  onChange,
}: {
  side: OrderSide;
  filters: OrderFilters;
  onChange: (next: OrderFilters) => void;
}) {
  const { t } = useTranslation();
  const companyName = useCompanyName();
  const { counterparties, isPending } = useCounterparties(side);
  const set = (patch: Partial<OrderFilters>) => onChange({ ...filters, ...patch });
  // The chosen company stays an option even when it is not among the recent orders.
  const options = counterparties.map((c) => ({ value: c.id, label: companyName(c.name, c.nameEn) }));
  if (filters.counterpartyId && !options.some((o) => o.value === filters.counterpartyId)) {
    options.unshift({ value: filters.counterpartyId, label: filters.counterpartyId });
  }

  return (
    <Flex gap={12} wrap align="center" data-testid="order-filters">
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        maxLength={60}
        style={{ width: 280 }}
        placeholder={t('orders.filters.search')}
        aria-label={t('orders.filters.search')}
        onSearch={(v) => set({ q: v.trim() || undefined })}
        data-testid="order-search"
      />
      <Select<OrderStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 280 }}
        placeholder={t('orders.filters.statusPlaceholder')}
        aria-label={t('orders.filters.status')}
        value={filters.statuses}
        onChange={(statuses) => set({ statuses })}
        options={ORDER_STATUSES.filter((s) => side === 'buyer' || s !== 'pending_approval').map((s) => ({
          value: s,
          label: t(`orders.status.${s}`),
        }))}
        data-testid="status-filter"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 260 }}
        placeholder={t(`orders.filters.counterpartyPlaceholder.${side}`)}
        aria-label={t(`orders.filters.counterparty.${side}`)}
        loading={isPending}
        value={filters.counterpartyId}
        onChange={(id) => set({ counterpartyId: id || undefined })}
        options={options}
        popupRender={(menu) => (
          <>
            {menu}
            <Typography.Text
              type="secondary"
              style={{ display: 'block', padding: '6px 12px 2px', fontSize: 12 }}
            >
              {t('orders.filters.counterpartyHint')}
            </Typography.Text>
          </>
        )}
        data-testid="counterparty-filter"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        aria-label={t('orders.filters.created')}
        placeholder={[t('orders.filters.createdFrom'), t('orders.filters.createdTo')]}
        value={[
          filters.createdFrom ? dayjs(filters.createdFrom) : null,
          filters.createdTo ? dayjs(filters.createdTo) : null,
        ]}
        onChange={(range) =>
          set({
            createdFrom: range?.[0]?.format('YYYY-MM-DD'),
            createdTo: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        data-testid="created-filter"
      />
      {hasFilters(filters) && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ statuses: [] })}
          data-testid="clear-filters"
        >
          {t('orders.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}
