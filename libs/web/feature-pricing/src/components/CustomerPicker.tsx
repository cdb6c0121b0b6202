import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, useLanguage } from '@tradeway/web/i18n';
import { companyName } from '@tradeway/web/ui';
import { PICKER_SIZE, useCustomers } from '../data/pricing.queries';
import type { CustomerView } from '../data/types';
import { regionName } from '../utils/delivery';
import { useDebounced } from './use-debounced';

export const customerName = (c: Pick<CustomerView, 'name' | 'nameEn'>, language: Language) =>
  companyName(c.name, c.nameEn, language);

/**
 * Picks a buyer company among my customers, searched on the server (`listCustomers`). A
 * form control: `value` is the buyer's id; `onPicked` gives the whole customer.
 */
export function CustomerPicker({
  value,
  onChange,
  onPicked,
  disabled,
  id,
  placeholder,
}: {
  value?: string | undefined;
  onChange?: (buyerId: string | undefined) => void;
  onPicked?: (customer: CustomerView | null) => void;
  disabled?: boolean;
  id?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const customers = useCustomers({ q: q || undefined }, 1, PICKER_SIZE);
  const [picked, setPicked] = useState<CustomerView | null>(null);
  const items = customers.data?.items ?? [];
  // The chosen customer stays an option while another search runs.
  const options = [...(picked && !items.some((c) => c.buyerId === picked.buyerId) ? [picked] : []), ...items];

  return (
    <Select<string>
      id={id}
      disabled={disabled}
      value={value}
      placeholder={placeholder ?? t('pricing.customerPicker.placeholder')}
      aria-label={t('pricing.customerPicker.label')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={customers.isFetching}
      notFoundContent={customers.isFetching ? undefined : t('pricing.customerPicker.noMatch')}
      options={options.map((c) => ({
        value: c.buyerId,
        label: `${customerName(c, language)}${c.region ? ` · ${regionName(c.region, language)}` : ''}`,
      }))}
      onChange={(buyerId) => {
        const customer = options.find((c) => c.buyerId === buyerId) ?? null;
        setPicked(customer);
        onChange?.(buyerId);
        onPicked?.(customer);
      }}
      style={{ width: '100%' }}
    />
  );
}
