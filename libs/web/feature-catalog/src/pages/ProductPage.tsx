import { ArrowLeftOutlined, BarChartOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useCompanyName, useErrorText, useSession } from '@tradeway/web/ui';
import { ProductName } from '../components/ProductTable';
import { QuoteBuilder } from '../components/QuoteBuilder';
import { MyPriceCard, SkuSpecs, StockTable } from '../components/SkuDetails';
import { SkuSelector } from '../components/SkuSelector';
import { useWarehouseName } from '../components/use-warehouse-name';
import { useProduct } from '../data/catalog.queries';
import { useCreateQuote, useQuotePreview } from '../data/quotes.queries';
import type { MyPriceView, QuoteRequestPayload, SkuView } from '../data/types';
import { CATALOG_PATH, comparePath, quotePath } from '../paths';
import { bpsToPercentText, formatPercent } from '../utils/money';
import { companyRegion } from '../utils/regions';

const priced = (sku: SkuView | undefined): sku is SkuView & { myPrice: MyPriceView } => !!sku?.myPrice;

/**
 * `/catalog/products/:productId`: the product, its SKUs to choose from (`?sku=`), the chosen
 * SKU's specification, stock and my price with its ladder, and the quote builder with a live
 * breakdown for those who may request quotes.
 */
export function ProductPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const { productId } = useParams();
  const [params, setParams] = useSearchParams();
  const product = useProduct(productId);
  const canQuote = hasPermission(me, 'quote:request');
  const [request, setRequest] = useState<QuoteRequestPayload | null>(null);
  const preview = useQuotePreview(canQuote ? request : null);
  const create = useCreateQuote();
  const skus = product.data?.skus;
  const sku = useMemo(() => skus?.find((s) => s.id === params.get('sku')) ?? skus?.[0], [skus, params]);
  const warehouseName = useWarehouseName(sku);
  const region = companyRegion(me);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(CATALOG_PATH))}
    >
      {t('catalog.product.back')}
    </Button>
  );
  if (product.isError) {
    return apiProblem(product.error).status === 404 ? (
      <Result status="404" title={t('catalog.product.notFound')} extra={back} />
    ) : (
      <Alert type="error" showIcon title={errorText(product.error)} action={back} />
    );
  }
  if (!product.data) return <Skeleton active />;
  const p = product.data;

  const handleSave = async (r: QuoteRequestPayload) => {
    const quote = await create.mutateAsync(r);
    void message.success(t('catalog.builder.saved', { number: quote.number ?? '' }));
    if (quote.id) void navigate(quotePath(quote.id));
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1400 }}>
      <PageHeader
        title={<ProductName nameZh={p.nameZh} nameEn={p.nameEn} />}
        hint={
          <Space size={[12, 4]} wrap data-testid="product-facts">
            <span data-testid="product-seller">
              {t('catalog.product.seller', { seller: companyName(p.sellerName, p.sellerNameEn) })}
            </span>
            <span>
              {t('catalog.product.category', {
                category: language === 'en' ? p.categoryNameEn : p.categoryNameZh,
              })}
            </span>
            <Tag color="purple" data-testid="vat-rate">
              {t('catalog.product.vat', { rate: formatPercent(bpsToPercentText(p.taxRateBps), language) })}
            </Tag>
            <Typography.Text type="secondary">{t('catalog.product.code', { code: p.code })}</Typography.Text>
          </Space>
        }
        extra={
          <>
            {canQuote && sku && (
              <Button
                icon={<BarChartOutlined />}
                onClick={() =>
                  void navigate(
                    comparePath({ productId: p.id, skuId: sku.id, ...(region ? { region } : {}) }),
                  )
                }
              >
                {t('catalog.builder.compare')}
              </Button>
            )}
            {back}
          </>
        }
      />
      {p.skus.length === 0 || !sku ? (
        <Alert type="info" showIcon title={t('catalog.product.noSkus')} />
      ) : (
        <>
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('catalog.product.chooseSku')}</Typography.Text>
            <SkuSelector
              skus={p.skus}
              selectedId={sku.id}
              onSelect={(id) => {
                setRequest(null);
                const next = new URLSearchParams(params);
                next.set('sku', id);
                setParams(next, { replace: true });
              }}
            />
          </Flex>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Flex vertical gap={16}>
                <SkuSpecs sku={sku} />
                <StockTable sku={sku} warehouseName={warehouseName} />
              </Flex>
            </Col>
            <Col xs={24} xl={12}>
              <MyPriceCard sku={sku} warehouseName={warehouseName} />
            </Col>
          </Row>
          {priced(sku) &&
            (canQuote ? (
              <QuoteBuilder
                key={sku.id}
                sku={sku}
                pickupWarehouses={sku.myPrice.pickupWarehouseIds.map((id) => ({
                  id,
                  name: warehouseName(id) ?? id,
                }))}
                defaultRegion={region}
                onRequestChange={setRequest}
                preview={{
                  data: preview.data,
                  error: preview.error,
                  isFetching: preview.isFetching,
                  isPlaceholderData: preview.isPlaceholderData,
                }}
                onSave={handleSave}
                onCompare={(v) =>
                  void navigate(
                    comparePath({
                      productId: p.id,
                      skuId: sku.id,
                      ...v,
                      ...(v.region || !region ? {} : { region }),
                    }),
                  )
                }
                warehouseName={warehouseName}
              />
            ) : (
              <Alert
                type="info"
                showIcon
                title={t('catalog.builder.noPermission')}
                data-testid="no-quote-permission"
              />
            ))}
        </>
      )}
    </Space>
  );
}
