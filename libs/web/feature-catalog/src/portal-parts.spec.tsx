import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { buyerOwner, renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { ProductDetailView } from './data/types';
import { catalogPortalParts } from './index';

const portal: PortalDefinition = { kind: 'buyer', ...catalogPortalParts('buyer') };
const buyer = (role: BuiltInRole) =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }], { displayName: '张伟' });
const menu = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('menuitem')
    .map((i) => i.textContent);

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PRODUCT = uuid(401);
const product: ProductDetailView = {
  id: PRODUCT,
  categoryId: uuid(301),
  nameZh: '白砂糖 一级',
  nameEn: 'White sugar, grade 1',
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  sellerId: uuid(201),
  unit: 't',
  skuCount: 2,
  code: 'SUGAR-W1',
  priceFrom: { unitPrice: '5950.0000', currency: 'CNY', listKind: 'grade' },
  categoryNameZh: '食糖',
  categoryNameEn: 'Sugar',
  taxRateBps: 1300,
  skus: [
    {
      id: uuid(411),
      code: 'SUGAR-W1-50KG',
      specCode: null,
      attributes: { grade: '一级', pack: '50 kg 袋' },
      unit: 't',
      packSize: '0.05',
      minOrderQuantity: '25',
      orderIncrement: '25',
      conversions: [{ fromUnit: 't', toUnit: 'kg', factor: '1000' }],
      inventory: [
        {
          warehouseId: uuid(501),
          warehouseName: '南宁保税仓',
          locationCode: 'A-01',
          onHand: '1200',
          reserved: '200',
          available: '1000',
        },
        {
          warehouseId: uuid(502),
          warehouseName: '湛江港仓',
          locationCode: 'B-07',
          onHand: '300.5',
          reserved: '0',
          available: '300.5',
        },
      ],
      myPrice: {
        unitPrice: '5950.0000',
        currency: 'CNY',
        listKind: 'grade',
        ladderMode: 'all_units',
        ladder: [
          { minQuantity: '100', kind: 'absolute', value: '5900.0000' },
          { minQuantity: '1000', kind: 'percent', value: '2' },
        ],
        validTo: '2026-12-31',
        pickupWarehouseIds: [uuid(501)],
        deliveryRegions: ['CN-GD', 'CN-GX'],
      },
    },
    {
      id: uuid(412),
      code: 'SUGAR-W1-1T',
      specCode: null,
      attributes: { grade: '一级', pack: '1 t 吨袋' },
      unit: 't',
      packSize: '1',
      minOrderQuantity: '10',
      orderIncrement: '1',
      conversions: [],
      inventory: [],
      myPrice: null,
    },
  ],
};

/** The product page with its data in the cache (the API is not reachable in component tests). */
async function openProduct(
  role: BuiltInRole,
  sku?: string,
  { language = 'zh-CN', data = product }: { language?: 'zh-CN' | 'en'; data?: ProductDetailView } = {},
) {
  const { queryClient } = renderPortal(portal, `/catalog/products/${PRODUCT}${sku ? `?sku=${sku}` : ''}`, {
    me: buyer(role),
    language,
  });
  const key = api.catalog.getProduct.queryKey({ input: { productId: PRODUCT } });
  await queryClient.cancelQueries({ queryKey: key });
  queryClient.setQueryData(key, data);
  await screen.findByTestId('sku-selector');
}

describe('catalog screens in the buyer portal', () => {
  it('gives the catalog to everyone, my quotes to quote:view, the comparison to quote:request', () => {
    const { nav } = catalogPortalParts('buyer');
    expect(nav.map((n) => [n.to, n.label, n.permission])).toEqual([
      ['/catalog', 'catalog', undefined],
      ['/quotes', 'quotes', 'quote:view'],
      ['/compare', 'compare', 'quote:request'],
    ]);
    const labels = (role: BuiltInRole) => visibleNav(nav, buyer(role)).map((n) => n.label);
    expect(labels('purchaser')).toEqual(['catalog', 'quotes', 'compare']);
    expect(labels('approver')).toEqual(['catalog', 'quotes']);
    expect(labels('viewer')).toEqual(['catalog', 'quotes']);
    expect(labels('finance')).toEqual(['catalog']);
    expect(labels('warehouse')).toEqual(['catalog']);
    expect(visibleNav(nav, buyerOwner()).map((n) => n.label)).toEqual(['catalog', 'quotes', 'compare']);
  });

  it('gives sellers and the operator none of them', () => {
    expect(catalogPortalParts('seller')).toEqual({ nav: [], routes: [] });
    expect(catalogPortalParts('operator')).toEqual({ nav: [], routes: [] });
  });

  it('shows a purchaser the catalog with its menu, in Chinese', () => {
    renderPortal(portal, '/catalog', { me: buyer('purchaser') });
    expect(menu()).toEqual(['商品目录', '我的报价', '比价']);
    expect(screen.getByText('商品目录', { selector: 'h3' })).toBeTruthy();
    expect(screen.getByTestId('catalog-search')).toBeTruthy();
    expect(screen.getByTestId('products-table')).toBeTruthy();
  });

  it('keeps the search in the address: read from it, and written to it once typing pauses', async () => {
    const { router } = renderPortal(portal, '/catalog?q=白砂糖&priced=1&page=3', {
      me: buyer('finance'),
      language: 'en',
    });
    const box = screen.getByRole('searchbox', { name: 'Search products' }) as HTMLInputElement;
    expect(box.value).toBe('白砂糖');
    expect(screen.getByRole('switch', { name: 'Only with my price' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    // one paste is one change: a single delayed search, however slow the machine
    await userEvent.click(box);
    await userEvent.paste(' 一级');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('白砂糖 一级'),
    );
    // a new search starts on page 1 and keeps the other filters
    expect(router.state.location.search).not.toContain('page=');
    expect(new URLSearchParams(router.state.location.search).get('priced')).toBe('1');
    // the back button returns to the previous search, and the box follows
    await act(() => router.navigate(-1));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('白砂糖'));
    const searchBox = () => screen.getByRole('searchbox', { name: 'Search products' }) as HTMLInputElement;
    await waitFor(() => expect(searchBox().value).toBe('白砂糖'));
  });

  it('refuses my quotes to finance and the comparison to an approver', () => {
    renderPortal(portal, '/quotes', { me: buyer('finance') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    renderPortal(portal, '/compare', { me: buyer('approver') });
    expect(screen.getAllByText('无权访问').length).toBe(2);
  });

  it('opens my quotes and the comparison to a purchaser', () => {
    renderPortal(portal, '/quotes', { me: buyer('purchaser'), language: 'en' });
    expect(screen.getByText('My quotes', { selector: 'h3' })).toBeTruthy();
    expect(screen.getByTestId('quote-status-filter')).toBeTruthy();
    renderPortal(portal, `/compare?product=${PRODUCT}&sku=${uuid(411)}&quantity=100`, {
      me: buyer('purchaser'),
      language: 'en',
    });
    expect(screen.getByText('Compare sellers', { selector: 'h3' })).toBeTruthy();
    // no company region on file: the region must be chosen before anything is compared
    expect(screen.getByText('Choose a SKU, a quantity and a delivery region, then compare.')).toBeTruthy();
  });

  it('shows a product with specification, stock, my price and ladder, and the quote builder to a purchaser', async () => {
    await openProduct('purchaser');
    expect(screen.getByTestId('vat-rate').textContent).toBe('增值税 13%');
    expect(screen.getAllByTestId('sku-card')).toHaveLength(2);
    expect(screen.getByTestId('moq').textContent).toBe('25 吨');
    expect(screen.getByTestId('allowed-quantities').textContent).toBe('25 吨、50 吨、75 吨 …');
    expect(screen.getByTestId('stock-available').textContent).toBe('合计可用：1,300.5 吨');
    expect(screen.getByTestId('my-unit-price').textContent).toBe('¥5,950.00/吨');
    expect(screen.getByTestId('my-price-valid').textContent).toBe('有效期至 2026年12月31日');
    const ladder = within(screen.getByTestId('ladder'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(ladder).toEqual([
      ['基础价', '等级价', '¥5,950.00/吨'],
      ['满 100 吨', '单价', '¥5,900.00/吨'],
      ['满 1,000 吨', '优惠 2%', '¥5,831.00/吨'],
    ]);
    expect(screen.getByTestId('ladder-mode').textContent).toContain('全量计价');
    expect(screen.getByTestId('quote-builder')).toBeTruthy();
  });

  it('names the seller in Chinese on a Chinese product page', async () => {
    await openProduct('purchaser');
    expect(screen.getByTestId('product-seller').textContent).toBe('卖家：广西崇左桂糖制糖有限公司');
  });

  it('names the seller in English on an English product page', async () => {
    await openProduct('purchaser', undefined, { language: 'en' });
    expect(screen.getByTestId('product-seller').textContent).toBe(
      'Seller: Guangxi Chongzuo Guitang Sugar Co., Ltd.',
    );
    expect(screen.getByTestId('product-facts').textContent).not.toContain('广西崇左桂糖制糖有限公司');
  });

  it('names a seller without an English name by its Chinese name on an English product page', async () => {
    await openProduct('purchaser', undefined, { language: 'en', data: { ...product, sellerNameEn: null } });
    expect(screen.getByTestId('product-seller').textContent).toBe('Seller: 广西崇左桂糖制糖有限公司');
  });

  it('explains "price on request" for a SKU without my price, with no quote builder', async () => {
    await openProduct('purchaser', uuid(412));
    expect(screen.getByTestId('my-price-on-request').textContent).toContain('价格面议');
    expect(screen.queryByTestId('quote-builder')).toBeNull();
  });

  it('shows an approver the product and prices but no quote builder', async () => {
    await openProduct('approver');
    expect(screen.getByTestId('my-unit-price')).toBeTruthy();
    expect(screen.queryByTestId('quote-builder')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('no-quote-permission')).toBeTruthy());
  });
});
