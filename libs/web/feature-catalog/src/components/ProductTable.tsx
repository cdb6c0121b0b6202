import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useCompanyName } from '@tradeway/web/ui';
import type { CategoryView, ProductSummaryView } from '../data/types';
import { PriceFromCell } from './PriceTags';

/** A product's name in the page's language, with the other language under it. */
export function ProductName({ nameZh, nameEn, code }: { nameZh: string; nameEn: string; code?: string }) {
  const { language } = useLanguage();
  const [first, second] = language === 'en' ? [nameEn, nameZh] : [nameZh, nameEn];
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text strong ellipsis data-testid="product-name">
        {first || second}
      </Typography.Text>
      {(second && second !== first) || code ? (
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {[second !== first ? second : '', code].filter(Boolean).join(' · ')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** One page of products: name, seller, category, SKU count and my lowest price (or price on request). */
export function ProductTable({
  items,
  total,
  totalIsLowerBound = false,
  page,
  pageSize,
  loading,
  categories,
  filtered,
  onPageChange,
  onOpen,
}: {
  items: ProductSummaryView[];
  total: number;
  /** the server counted up to `total` and stopped: show "1 000+" */
  totalIsLowerBound?: boolean;
  page: number;
  pageSize: number;
  loading: boolean;
  categories: CategoryView[];
  /** a search or filter is on: the empty text says so */
  filtered: boolean;
  onPageChange: (page: number) => void;
  onOpen: (product: ProductSummaryView) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const categoryName = (id: string) => {
    const c = categories.find((x) => x.id === id);
    return c ? (language === 'en' ? c.nameEn : c.nameZh) : t('catalog.common.none');
  };
  const columns: TableColumnsType<ProductSummaryView> = [
    {
      title: t('catalog.browse.product'),
      key: 'name',
      render: (_, p) => <ProductName nameZh={p.nameZh} nameEn={p.nameEn} code={p.code} />,
    },
    {
      title: t('catalog.browse.seller'),
      key: 'seller',
      width: 200,
      ellipsis: true,
      render: (_, p) => companyName(p.sellerName, p.sellerNameEn),
    },
    {
      title: t('catalog.browse.category'),
      dataIndex: 'categoryId',
      width: 130,
      ellipsis: true,
      render: (id: string) => categoryName(id),
    },
    {
      title: t('catalog.browse.skus'),
      dataIndex: 'skuCount',
      align: 'right',
      width: 80,
      render: (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n}</span>,
    },
    {
      title: t('catalog.browse.price'),
      key: 'price',
      align: 'right',
      width: 220,
      render: (_, p) => <PriceFromCell priceFrom={p.priceFrom} unit={p.unit} />,
    },
  ];
  return (
    <Table<ProductSummaryView>
      data-testid="products-table"
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: filtered ? t('catalog.browse.emptyFiltered') : t('catalog.browse.empty') }}
      onRow={(p) => ({
        onClick: () => onOpen(p),
        style: { cursor: 'pointer' },
        'data-testid': 'product-row',
      })}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (n) =>
          totalIsLowerBound
            ? t('catalog.common.totalMore', { count: n })
            : t('catalog.common.total', { count: n }),
        onChange: onPageChange,
      }}
    />
  );
}
