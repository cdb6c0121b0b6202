import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { SkuView } from '../data/types';
import { attributesText } from '../utils/attributes';
import { ListKindTag, PriceOnRequestTag } from './PriceTags';
import { useFormatters } from './use-formatters';

/** The SKUs of a product as cards to choose from: code, specification, pack, and my price or "price on request". */
export function SkuSelector({
  skus,
  selectedId,
  onSelect,
}: {
  skus: SkuView[];
  selectedId: string | undefined;
  onSelect: (skuId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFormatters();
  return (
    <Flex
      gap={12}
      wrap
      role="radiogroup"
      aria-label={t('catalog.product.chooseSku')}
      data-testid="sku-selector"
    >
      {skus.map((sku) => {
        const selected = sku.id === selectedId;
        return (
          <Card
            key={sku.id}
            size="small"
            hoverable
            role="radio"
            aria-checked={selected}
            tabIndex={0}
            data-testid="sku-card"
            onClick={() => onSelect(sku.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(sku.id);
              }
            }}
            style={{
              width: 260,
              borderColor: selected ? '#1677ff' : undefined,
              boxShadow: selected ? '0 0 0 1px #1677ff' : undefined,
            }}
          >
            <Flex vertical gap={4}>
              <Flex justify="space-between" align="center">
                <Typography.Text strong>{sku.code}</Typography.Text>
                {selected && <CheckCircleFilled style={{ color: '#1677ff' }} />}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {attributesText(t, sku.attributes, language) || t('catalog.common.none')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('catalog.product.packOf', { pack: f.quantity(sku.packSize, sku.unit) })}
              </Typography.Text>
              <Flex align="center" gap={8} wrap>
                {sku.myPrice ? (
                  <>
                    <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {f.perUnit(sku.myPrice.unitPrice, sku.unit, sku.myPrice.currency)}
                    </Typography.Text>
                    <ListKindTag kind={sku.myPrice.listKind} />
                  </>
                ) : (
                  <PriceOnRequestTag />
                )}
              </Flex>
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
