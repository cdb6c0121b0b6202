import { Alert, Card, Col, Flex, Input, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { CategoryTree } from '../components/CategoryTree';
import { ProductTable } from '../components/ProductTable';
import { PAGE_SIZE, useAttributes, useCategories, useProducts } from '../data/catalog.queries';
import { productPath } from '../paths';
import { attributeLabel, visibleAttributeFilters } from '../utils/attributes';
import {
  type CatalogFilters,
  changeFilters,
  MAX_KEYWORD,
  readCatalogFilters,
  toProductsQuery,
  writeCatalogFilters,
} from '../utils/catalog-query';

/** How long the keyword must rest before it is searched. */
export const SEARCH_DEBOUNCE_MS = 400;

/**
 * `/catalog`: the category tree on the left; keyword, specification filters and "only with
 * my price" on top; a server-paged table of products with my lowest price. The whole search
 * is in the address (shareable; the back button returns to it).
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const filters = readCatalogFilters(params);
  const categories = useCategories();
  const attributes = useAttributes(filters.categoryId);
  const products = useProducts(toProductsQuery(filters, PAGE_SIZE));

  const apply = (change: Partial<CatalogFilters>) =>
    setParams(writeCatalogFilters(changeFilters(filters, change)));

  // The keyword box: what is typed is searched once typing pauses; a search from the
  // address (back button, shared link) replaces what the box shows.
  const [draft, setDraft] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setDraft(filters.q);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // the address as it is when a delayed search runs (another filter may have changed meanwhile)
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim().slice(0, MAX_KEYWORD);
    const now = readCatalogFilters(latest.current);
    if (q !== now.q) {
      // what the box shows is now in the address: a later change of the address (back button)
      // is then seen as one, even if it comes before this render
      setShownQ(q);
      setParams(writeCatalogFilters(changeFilters(now, { q })));
    }
  };
  const handleType = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => search(text), SEARCH_DEBOUNCE_MS);
  };

  // Specification filters belong to a category (every category has its own attributes):
  // without one they would be every attribute of the catalog at once.
  const attributeItems =
    filters.categoryId || Object.keys(filters.attributes).length > 0
      ? visibleAttributeFilters(attributes.data?.items ?? [], language, filters.attributes)
      : [];
  const filtered =
    !!filters.q || !!filters.categoryId || filters.priced || Object.keys(filters.attributes).length > 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title={t('catalog.browse.pageTitle')} hint={t('catalog.browse.hint')} />
      <Row gutter={[16, 16]} wrap>
        <Col xs={24} md={7} lg={6} xl={5}>
          <Card title={t('catalog.browse.categories')} size="small" styles={{ body: { padding: 8 } }}>
            {categories.isError ? (
              <Alert type="error" showIcon title={errorText(categories.error)} />
            ) : categories.isPending ? (
              <Skeleton active paragraph={{ rows: 6 }} />
            ) : (
              <CategoryTree
                categories={categories.data.items}
                selectedId={filters.categoryId}
                onSelect={(categoryId) => apply({ categoryId })}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={17} lg={18} xl={19}>
          <Card>
            <Flex vertical gap={16}>
              <Flex gap={12} wrap align="center">
                <Input.Search
                  allowClear
                  value={draft}
                  maxLength={MAX_KEYWORD}
                  placeholder={t('catalog.browse.searchPlaceholder')}
                  aria-label={t('catalog.browse.search')}
                  data-testid="catalog-search"
                  onChange={(e) => handleType(e.target.value)}
                  onSearch={(text) => search(text)}
                  style={{ flex: '1 1 280px', maxWidth: 420 }}
                />
                <Space size={8} align="center">
                  <Switch
                    checked={filters.priced}
                    onChange={(priced) => apply({ priced })}
                    aria-label={t('catalog.browse.onlyPriced')}
                    data-testid="only-priced"
                  />
                  <Typography.Text>{t('catalog.browse.onlyPriced')}</Typography.Text>
                </Space>
              </Flex>
              {attributeItems.length > 0 && (
                <Flex gap={12} wrap data-testid="attribute-filters">
                  {attributeItems.map((a) => (
                    <Select
                      key={a.key}
                      allowClear
                      showSearch
                      style={{ minWidth: 160 }}
                      aria-label={attributeLabel(t, a.label)}
                      placeholder={attributeLabel(t, a.label)}
                      value={filters.attributes[a.key]}
                      options={a.values.map((v) => ({ value: v, label: v }))}
                      onChange={(value: string | undefined) => {
                        const next = { ...filters.attributes };
                        if (value) next[a.key] = value;
                        else delete next[a.key];
                        apply({ attributes: next });
                      }}
                    />
                  ))}
                </Flex>
              )}
              {products.isError && <Alert type="error" showIcon title={errorText(products.error)} />}
              <ProductTable
                items={products.data?.items ?? []}
                total={products.data?.total ?? 0}
                totalIsLowerBound={products.data?.totalIsLowerBound ?? false}
                page={filters.page}
                pageSize={PAGE_SIZE}
                loading={products.isPending || products.isPlaceholderData}
                categories={categories.data?.items ?? []}
                filtered={filtered}
                onPageChange={(page) => apply({ page })}
                onOpen={(p) => void navigate(productPath(p.id))}
              />
            </Flex>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
