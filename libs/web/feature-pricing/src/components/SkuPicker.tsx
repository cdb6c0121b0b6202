import { Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useMyProducts, useProduct } from '../data/catalog.queries';
import type { ProductDetailView, SkuView } from '../data/types';
import { useDebounced } from './use-debounced';

/** What the form around the picker learns of the chosen SKU. */
export interface PickedSku {
  skuId: string;
  skuCode: string;
  unit: string;
  productName: string;
}

export const skuLabel = (sku: Pick<SkuView, 'code' | 'specCode' | 'attributes'>) => {
  const attributes = Object.values(sku.attributes).filter(Boolean).join(' · ');
  return [sku.code, sku.specCode, attributes].filter(Boolean).join('  ');
};

/**
 * Picks one of my SKUs: a product by searching my catalog (`listProducts` with `mine`),
 * then one of its SKUs (`getProduct`). A form control: `value` is the SKU's id.
 */
export function SkuPicker({
  value,
  onChange,
  onPicked,
  disabled,
  id,
}: {
  value?: string | undefined;
  onChange?: (skuId: string | undefined) => void;
  onPicked?: (sku: PickedSku | null) => void;
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const [productId, setProductId] = useState<string>();
  const q = useDebounced(search.trim());
  const products = useMyProducts(q || undefined);
  const product = useProduct(productId);
  const name = (p: Pick<ProductDetailView, 'nameZh' | 'nameEn'>) => (language === 'en' ? p.nameEn : p.nameZh);

  const pick = (skuId: string | undefined) => {
    onChange?.(skuId);
    const sku = product.data?.skus.find((s) => s.id === skuId);
    onPicked?.(
      sku && product.data
        ? { skuId: sku.id, skuCode: sku.code, unit: sku.unit, productName: name(product.data) }
        : null,
    );
  };

  return (
    <Flex gap={8} wrap style={{ width: '100%' }} data-testid="sku-picker">
      <Select<string>
        id={id}
        style={{ flex: '1 1 220px', minWidth: 0 }}
        disabled={disabled}
        value={productId}
        placeholder={t('pricing.skuPicker.productPlaceholder')}
        aria-label={t('pricing.skuPicker.product')}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        allowClear
        loading={products.isFetching}
        notFoundContent={products.isFetching ? undefined : t('pricing.skuPicker.noProducts')}
        options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${name(p)} (${p.code})` }))}
        onChange={(id) => {
          setProductId(id);
          pick(undefined);
        }}
      />
      <Select<string>
        style={{ flex: '1 1 220px', minWidth: 0 }}
        disabled={disabled || !productId}
        value={value}
        placeholder={t('pricing.skuPicker.skuPlaceholder')}
        aria-label={t('pricing.skuPicker.sku')}
        loading={product.isFetching}
        options={(product.data?.skus ?? []).map((s) => ({ value: s.id, label: skuLabel(s) }))}
        onChange={pick}
      />
    </Flex>
  );
}
