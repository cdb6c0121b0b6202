import { useCallback } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { useWarehouses } from '../data/catalog.queries';
import type { SkuView } from '../data/types';

/** A warehouse's name in the page's language, from the platform's warehouses or the SKU's stock. */
export function useWarehouseName(sku?: Pick<SkuView, 'inventory'>) {
  const { language } = useLanguage();
  const warehouses = useWarehouses();
  return useCallback(
    (id: string): string | undefined => {
      const w = warehouses.data?.items.find((x) => x.id === id);
      if (w) return language === 'en' ? w.nameEn || w.name : w.name;
      return sku?.inventory.find((i) => i.warehouseId === id)?.warehouseName;
    },
    [warehouses.data, language, sku],
  );
}
