import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RFQ_STATUSES } from '@tradeway/shared/contracts';
import type { RfqStatus } from '../data/types';
import { hasFilters, MAX_SEARCH, type RfqFilters } from '../utils/rfq-query';

/** What a seller's inbox can show: RFQs it may quote, not drafts nor those waiting on the buyer's approval. */
const SELLER_STATUSES: readonly RfqStatus[] = RFQ_STATUSES.filter(
  (s) => s !== 'draft' && s !== 'pending_approval',
);

/**
 * The filters of the RFQ lists: number or title, statuses and (seller) whether I quoted. Each
 * change replaces the filters (and goes back to page 1).
 */
export function RfqFilterBar({
  side,
  filters,
  onChange,
}: {
  side: 'buyer' | 'seller';
  filters: RfqFilters;
  onChange: (next: RfqFilters) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<RfqFilters>) => onChange({ ...filters, ...patch });
  const statuses = side === 'buyer' ? RFQ_STATUSES : SELLER_STATUSES;
  const quoted = filters.quoted === undefined ? 'any' : filters.quoted ? 'yes' : 'no';

  return (
    <Flex gap={12} wrap align="center" data-testid="rfq-filters">
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        maxLength={MAX_SEARCH}
        style={{ width: 300 }}
        placeholder={t('rfq.filters.search')}
        aria-label={t('rfq.filters.search')}
        onSearch={(v) => set({ q: v.trim() || undefined })}
        data-testid="rfq-search"
      />
      <Select<RfqStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 300 }}
        placeholder={t('rfq.filters.statusPlaceholder')}
        aria-label={t('rfq.filters.status')}
        value={filters.statuses}
        onChange={(next) => set({ statuses: next })}
        options={statuses.map((s) => ({ value: s, label: t(`rfq.status.${s}`) }))}
        data-testid="status-filter"
      />
      {side === 'seller' && (
        <Segmented<'any' | 'yes' | 'no'>
          value={quoted}
          aria-label={t('rfq.filters.quoted')}
          onChange={(v) => set({ quoted: v === 'any' ? undefined : v === 'yes' })}
          options={[
            { value: 'any', label: t('rfq.filters.quotedAny') },
            { value: 'no', label: t('rfq.filters.quotedNo') },
            { value: 'yes', label: t('rfq.filters.quotedYes') },
          ]}
          data-testid="quoted-filter"
        />
      )}
      {hasFilters(filters) && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ statuses: [] })}
          data-testid="clear-filters"
        >
          {t('rfq.filters.clear')}
        </Button>
      )}
    </Flex>
  );
}
