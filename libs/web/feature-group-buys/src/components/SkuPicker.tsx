import { Col, Form, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyName } from '@tradeway/web/ui';
import { useLanguage } from '@tradeway/web/i18n';
import { useProductOptions, useProductSkus } from '../data/group-buys.queries';
import { useDebouncedValue } from './use-debounced-value';

/** What the form around the picker learns of the chosen SKU (its unit names the quantities). */
export interface PickedSku {
  skuId: string;
  unit: string;
  productName: string;
}

type SkuLike = { code: string; specCode: string | null; attributes: Record<string, string> };
export const skuLabel = (sku: SkuLike) => {
  const attributes = Object.values(sku.attributes).filter(Boolean).join(' · ');
  return [sku.code, sku.specCode, attributes].filter(Boolean).join('  ');
};

/**
 * The campaign's SKU, picked from the catalog's search: a product (a buyer gathering peers
 * searches every seller's; a seller only its own, `mine`), then one of its SKUs — chosen at once
 * when the product has only one. Two fields of the form around it: `productId` (not sent) and
 * `skuId`.
 */
export function SkuPicker({ mine, onPicked }: { mine: boolean; onPicked: (sku: PickedSku | null) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const form = Form.useFormInstance();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const products = useProductOptions(q, mine);
  const productId = Form.useWatch('productId', form) as string | undefined;
  const skuId = Form.useWatch('skuId', form) as string | undefined;
  const product = useProductSkus(productId);
  const detail = product.data?.id === productId ? product.data : undefined;
  const name = (p: { nameZh: string; nameEn: string }) => (language === 'en' ? p.nameEn : p.nameZh);

  // a product of a single SKU: it is the one
  const only = detail?.skus.length === 1 ? detail.skus[0] : undefined;
  useEffect(() => {
    if (only && !skuId) form.setFieldValue('skuId', only.id);
  }, [only, skuId, form]);

  const picked = detail?.skus.find((s) => s.id === skuId);
  useEffect(() => {
    onPicked(
      picked && detail
        ? {
            skuId: picked.id,
            unit: picked.unit,
            productName: language === 'en' ? detail.nameEn : detail.nameZh,
          }
        : null,
    );
  }, [picked, detail, language, onPicked]);

  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item
          name="productId"
          label={t('groupBuy.form.product')}
          extra={mine ? t('groupBuy.form.productHintMine') : t('groupBuy.form.productHint')}
          rules={[
            { required: true, message: t('groupBuy.problem.choose', { field: t('groupBuy.form.product') }) },
          ]}
        >
          <Select<string>
            showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
            allowClear
            loading={products.isFetching}
            placeholder={t('groupBuy.form.productPlaceholder')}
            aria-label={t('groupBuy.form.product')}
            notFoundContent={products.isFetching ? undefined : t('groupBuy.form.noProducts')}
            options={(products.data?.items ?? []).map((p) => ({
              value: p.id,
              label: mine
                ? `${name(p)} (${p.code})`
                : `${name(p)} · ${companyName(p.sellerName, p.sellerNameEn)}`,
            }))}
            onChange={() => {
              setSearch('');
              form.setFieldValue('skuId', undefined);
            }}
            data-testid="campaign-product-select"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="skuId"
          label={t('groupBuy.form.sku')}
          rules={[
            { required: true, message: t('groupBuy.problem.choose', { field: t('groupBuy.form.sku') }) },
          ]}
        >
          <Select<string>
            disabled={!productId}
            loading={product.isFetching}
            placeholder={t('groupBuy.form.skuPlaceholder')}
            aria-label={t('groupBuy.form.sku')}
            options={(detail?.skus ?? []).map((s) => ({ value: s.id, label: skuLabel(s) }))}
            data-testid="campaign-sku-select"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
