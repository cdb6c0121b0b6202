import { BarChartOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REGIONS } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { PageHeader, useCompanyName, useErrorText, useSession } from '@tradeway/web/ui';
import { CompareTable, CostChart } from '../components/CompareTable';
import { quantityMessage } from '../components/quantity-message';
import { useDebouncedValue } from '../components/use-debounced-value';
import { useFormatters } from '../components/use-formatters';
import { useProduct, useProductSearch } from '../data/catalog.queries';
import { useComparison } from '../data/quotes.queries';
import type { PaymentTerm } from '../data/types';
import { attributesText } from '../utils/attributes';
import {
  type CompareParams,
  readCompareParams,
  toComparisonInput,
  writeCompareParams,
} from '../utils/compare-query';
import { quantityProblem } from '../utils/quantity';
import { PAYMENT_TERM_OPTIONS } from '../utils/quote-form';
import { companyRegion, regionName } from '../utils/regions';
import { unitText } from '../utils/units';

interface CompareFormValues {
  productId: string | undefined;
  skuId: string | undefined;
  quantity: string;
  paymentTerm: PaymentTerm;
  region: string | undefined;
}

/**
 * `/compare`: the same specification across sellers as landed cost at my delivery place
 * (DESIGN.md §5). The SKU comes from a product page or a product search; the inputs live in
 * the address, so a comparison can be shared and reopened.
 */
export function ComparePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const me = useSession();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const defaultRegion = companyRegion(me);
  const current = readCompareParams(params, defaultRegion);
  const input = toComparisonInput(current);
  const comparison = useComparison(input);
  const product = useProduct(current.productId);
  const sku = product.data?.skus.find((s) => s.id === current.skuId);
  const unit = sku?.unit ?? product.data?.unit ?? 't';
  const quantityOf = (q: string) => f.quantity(q, unit);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1400 }}>
      <PageHeader title={t('catalog.compare.pageTitle')} hint={t('catalog.compare.hint')} />
      <Card>
        <CompareForm
          key={params.toString()}
          initial={current}
          hasDefaultRegion={!!defaultRegion}
          onSubmit={(next) => setParams(writeCompareParams(next))}
        />
      </Card>
      {input === null ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.compare.incomplete')} />
        </Card>
      ) : comparison.isError ? (
        <Alert type="error" showIcon title={errorText(comparison.error)} />
      ) : comparison.isPending ? (
        <Card>
          <Flex justify="center" style={{ padding: 32 }}>
            <Spin />
          </Flex>
        </Card>
      ) : (
        <>
          <Card
            title={t('catalog.compare.resultTitle', {
              quantity: quantityOf(input.quantity),
              region: regionName(input.region, language),
              term: t(`catalog.paymentTerm.${input.paymentTerm ?? 'cash'}`),
            })}
            extra={
              comparison.data.specCode && (
                <Typography.Text type="secondary">
                  {t('catalog.compare.specCode', { code: comparison.data.specCode })}
                </Typography.Text>
              )
            }
          >
            <CompareTable rows={comparison.data.rows} unit={unit} />
          </Card>
          <Card title={t('catalog.compare.chart')}>
            {comparison.data.rows.some((r) => !r.unavailable && r.landedUnitCost) ? (
              <CostChart rows={comparison.data.rows} unit={unit} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.compare.noPrices')} />
            )}
          </Card>
        </>
      )}
    </Space>
  );
}

/** The comparison's inputs: a product found by name, one of its SKUs, quantity, terms, delivery region. */
function CompareForm({
  initial,
  hasDefaultRegion,
  onSubmit,
}: {
  initial: CompareParams;
  hasDefaultRegion: boolean;
  onSubmit: (next: CompareParams) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const f = useFormatters();
  const [form] = Form.useForm<CompareFormValues>();
  const productId = Form.useWatch('productId', form) ?? initial.productId;
  const product = useProduct(productId);
  const [searchText, setSearchText] = useState('');
  const search = useProductSearch(useDebouncedValue(searchText, 300));
  const skuId = Form.useWatch('skuId', form) ?? initial.skuId;
  const sku = product.data?.skus.find((s) => s.id === skuId);
  const unit = sku?.unit ?? product.data?.unit ?? 't';
  const quantityOf = (q: string) => f.quantity(q, unit);

  const productOptions = [
    ...(product.data ? [product.data] : []),
    ...(search.data?.items ?? []).filter((p) => p.id !== product.data?.id),
  ].map((p) => ({
    value: p.id,
    label: `${language === 'en' ? p.nameEn : p.nameZh} · ${companyName(p.sellerName, p.sellerNameEn)}`,
  }));

  return (
    <Form<CompareFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      data-testid="compare-form"
      initialValues={{
        productId: initial.productId,
        skuId: initial.skuId,
        quantity: initial.quantity,
        paymentTerm: initial.paymentTerm,
        region: initial.region,
      }}
      onFinish={(v) =>
        onSubmit({
          productId: v.productId,
          skuId: v.skuId,
          quantity: v.quantity.trim(),
          paymentTerm: v.paymentTerm,
          region: v.region,
        })
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12} xl={7}>
          <Form.Item
            name="productId"
            label={t('catalog.compare.product')}
            rules={[{ required: true, message: t('catalog.validation.chooseProduct') }]}
          >
            <Select
              aria-label={t('catalog.compare.product')}
              placeholder={t('catalog.compare.productPlaceholder')}
              options={productOptions}
              loading={search.isFetching}
              notFoundContent={
                search.isFetching ? (
                  <Spin size="small" />
                ) : searchText ? (
                  t('catalog.compare.noProducts')
                ) : null
              }
              showSearch={{ filterOption: false, onSearch: setSearchText }}
              onChange={() => form.setFieldValue('skuId', undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="skuId"
            label={t('catalog.compare.sku')}
            rules={[{ required: true, message: t('catalog.validation.chooseSku') }]}
          >
            <Select
              aria-label={t('catalog.compare.sku')}
              placeholder={t('catalog.compare.skuPlaceholder')}
              disabled={!product.data}
              loading={product.isFetching}
              options={(product.data?.skus ?? []).map((s) => ({
                value: s.id,
                label: [s.code, attributesText(t, s.attributes, language)].filter(Boolean).join(' · '),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={3}>
          <Form.Item
            name="quantity"
            label={t('catalog.compare.quantity')}
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const problem = quantityProblem(value);
                  return problem
                    ? Promise.reject(new Error(quantityMessage(t, problem, undefined, quantityOf)))
                    : Promise.resolve();
                },
              },
            ]}
            extra={sku ? t('catalog.compare.moqHint', { min: quantityOf(sku.minOrderQuantity) }) : undefined}
          >
            <Input
              inputMode="decimal"
              suffix={unitText(t, unit)}
              aria-label={t('catalog.compare.quantity')}
              styles={{ input: { textAlign: 'right' } }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="paymentTerm" label={t('catalog.builder.paymentTerm')}>
            <Select
              aria-label={t('catalog.builder.paymentTerm')}
              options={PAYMENT_TERM_OPTIONS.map((term) => ({
                value: term,
                label: t(`catalog.paymentTerm.${term}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item
            name="region"
            label={t('catalog.compare.region')}
            rules={[{ required: true, message: t('catalog.validation.chooseRegion') }]}
            extra={hasDefaultRegion ? undefined : t('catalog.builder.noCompanyRegion')}
          >
            <Select
              aria-label={t('catalog.compare.region')}
              placeholder={t('catalog.builder.regionPlaceholder')}
              options={REGIONS.map((r) => ({ value: r.code, label: regionName(r.code, language) }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" icon={<BarChartOutlined />} data-testid="run-compare">
        {t('catalog.compare.submit')}
      </Button>
    </Form>
  );
}
