import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListKind, PriceFrom, QuoteStatus } from '../data/types';
import { NUMERIC } from './Amount';
import { useFormatters } from './use-formatters';

const KIND_COLOR: Record<ListKind, string> = { contract: 'gold', grade: 'blue', list: 'default' };

/** Which price applies to me: my contract price, my customer grade's price, or the public list price. */
export function ListKindTag({ kind }: { kind: ListKind }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`catalog.listKindHint.${kind}`)}>
      <Tag color={KIND_COLOR[kind]} data-testid="list-kind" data-kind={kind} style={{ marginInlineEnd: 0 }}>
        {t(`catalog.listKind.${kind}`)}
      </Tag>
    </Tooltip>
  );
}

/** The grey tag of a product or SKU whose seller publishes no price for me. */
export function PriceOnRequestTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('catalog.priceOnRequestHint')}>
      <Tag data-testid="price-on-request" style={{ marginInlineEnd: 0, color: 'rgba(0,0,0,0.45)' }}>
        {t('catalog.priceOnRequest')}
      </Tag>
    </Tooltip>
  );
}

/**
 * The lowest price I may see of a product: "from ¥5,950.00 / t" with the kind of price it
 * is, or "price on request".
 */
export function PriceFromCell({ priceFrom, unit }: { priceFrom: PriceFrom; unit: string }) {
  const { t } = useTranslation();
  const { perUnit } = useFormatters();
  if (!priceFrom) return <PriceOnRequestTag />;
  return (
    <Flex vertical align="flex-end" gap={2} data-testid="price-from">
      <Typography.Text strong style={NUMERIC} data-testid="price-from-text">
        {t('catalog.format.priceFrom', { price: perUnit(priceFrom.unitPrice, unit, priceFrom.currency) })}
      </Typography.Text>
      <ListKindTag kind={priceFrom.listKind} />
    </Flex>
  );
}

const STATUS_COLOR: Record<QuoteStatus, string> = {
  pending_approval: 'processing',
  active: 'success',
  accepted: 'blue',
  rejected: 'error',
  expired: 'default',
};

export function QuoteStatusTag({ status }: { status: QuoteStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="quote-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`catalog.quoteStatus.${status}`)}
    </Tag>
  );
}
