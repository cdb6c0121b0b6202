import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { buyerOwner, renderPortal, sellerOwner, testMe } from '@tradeway/web/ui/testing';
import type { ImportJobView } from './data/types';
import { pricingPortalParts } from './index';

const portal: PortalDefinition = { kind: 'seller', ...pricingPortalParts('seller') };
const seller = (role: BuiltInRole) =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
const menu = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('menuitem')
    .map((i) => i.textContent);
const heading = (text: string) => screen.getByText(text, { selector: 'h3' });

describe('pricing screens in the portals', () => {
  it('gives the seller portal its seven screens, each behind its permission', () => {
    const { nav } = pricingPortalParts('seller');
    expect(nav.map((n) => [n.to, n.label, n.permission])).toEqual([
      ['/price-lists', 'priceLists', 'price_list:view'],
      ['/grades', 'grades', 'price_list:view'],
      ['/contract-prices', 'contractPrices', 'price_list:view'],
      ['/catalog-imports', 'catalogImports', 'catalog:manage'],
      ['/inventory', 'inventory', 'catalog:manage'],
      ['/price-debugger', 'priceDebugger', 'price_list:view'],
      ['/offers', 'offers', 'quote:view'],
    ]);
  });

  it('shows each role the screens its permissions allow', () => {
    const { nav } = pricingPortalParts('seller');
    const labels = (role: BuiltInRole) => visibleNav(nav, seller(role)).map((n) => n.label);
    const all = [
      'priceLists',
      'grades',
      'contractPrices',
      'catalogImports',
      'inventory',
      'priceDebugger',
      'offers',
    ];
    const withoutImports = all.filter((l) => l !== 'catalogImports' && l !== 'inventory');
    expect(labels('owner')).toEqual(all);
    expect(labels('admin')).toEqual(all);
    expect(labels('sales_manager')).toEqual(all);
    expect(labels('sales')).toEqual(withoutImports);
    expect(labels('viewer')).toEqual(withoutImports);
    expect(labels('approver')).toEqual(['offers']);
    expect(labels('warehouse')).toEqual([]);
    expect(labels('finance')).toEqual([]);
  });

  it('has nothing for buyers and the operator', () => {
    expect(pricingPortalParts('buyer')).toEqual({ nav: [], routes: [] });
    expect(pricingPortalParts('operator')).toEqual({ nav: [], routes: [] });
  });

  it('shows a sales rep the menu in Chinese and the price lists without editing controls', () => {
    renderPortal(portal, '/price-lists', { me: seller('sales') });
    expect(menu()).toEqual(['价格表', '客户分级', '合同价', '价格调试', '报价与特价']);
    expect(heading('价格表')).toBeTruthy();
    expect(screen.getByTestId('price-lists-table')).toBeTruthy();
    expect(screen.queryByTestId('new-price-list')).toBeNull();
  });

  it('offers a new price list to those who manage them, in English too', () => {
    renderPortal(portal, '/price-lists', { me: sellerOwner(), language: 'en' });
    expect(heading('Price lists')).toBeTruthy();
    expect(screen.getByTestId('new-price-list').textContent).toBe('New price list');
    expect(screen.getByTestId('kind-filter')).toBeTruthy();
  });

  it('opens the contract prices as the price lists of kind contract', () => {
    renderPortal(portal, '/contract-prices', { me: seller('sales_manager') });
    expect(heading('合同价')).toBeTruthy();
    expect(screen.queryByTestId('kind-filter')).toBeNull();
    expect(screen.getByTestId('new-price-list').textContent).toBe('新建合同价');
  });

  it('keeps the imports from sales reps', () => {
    renderPortal(portal, '/catalog-imports', { me: seller('sales') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('import-form')).toBeNull();
  });

  it('lets viewers see grades and quotes but change nothing', () => {
    renderPortal(portal, '/grades', { me: seller('viewer') });
    expect(heading('客户分级')).toBeTruthy();
    expect(screen.queryByTestId('new-grade')).toBeNull();
  });

  it('offers a new quote only with quote:create', () => {
    renderPortal(portal, '/offers', { me: seller('viewer') });
    expect(heading('报价与特价')).toBeTruthy();
    expect(screen.queryByTestId('new-offer')).toBeNull();
  });

  it('gives sales reps the quote button', () => {
    renderPortal(portal, '/offers', { me: seller('sales') });
    expect(screen.getByTestId('new-offer')).toBeTruthy();
  });

  it('opens the price debugger with its question form', () => {
    renderPortal(portal, '/price-debugger', { me: seller('sales') });
    expect(heading('价格调试')).toBeTruthy();
    expect(screen.getByTestId('debugger-form')).toBeTruthy();
    expect(screen.getByText('填写条件后点击“查看价格构成”。')).toBeTruthy();
  });

  it('follows an import from the query cache: progress, then the rejected rows', async () => {
    const importId = '00000000-0000-4000-8000-000000000041';
    const { queryClient } = renderPortal(portal, `/catalog-imports?import=${importId}`, {
      me: seller('sales_manager'),
    });
    expect(heading('导入导出')).toBeTruthy();
    expect(screen.getByTestId('strict-hint').textContent).toContain('只要有一行不通过，全部不导入');
    const key = api.catalog.getImport.queryKey({ input: { importId } });
    const running: ImportJobView = {
      id: importId,
      kind: 'products',
      priceListId: null,
      fileName: 'products.csv',
      format: 'csv',
      strict: true,
      status: 'applying',
      totalRows: 40,
      processedRows: 30,
      appliedRows: 0,
      rejectedRows: 0,
      rejections: [],
      error: null,
      createdAt: '2026-03-01T08:00:00.000Z',
      finishedAt: null,
    };
    act(() => void queryClient.setQueryData(key, running));
    expect((await screen.findByTestId('import-rows')).textContent).toBe('30 / 40 行 · 正在写入有效行');
    act(
      () =>
        void queryClient.setQueryData(key, {
          ...running,
          status: 'done',
          processedRows: 40,
          rejectedRows: 1,
          rejections: [
            {
              rowNumber: 3,
              column: 'unit',
              code: 'UNKNOWN_VALUE',
              message: 'invalid',
              messageZh: '取值无效',
            },
          ],
        }),
    );
    expect(await screen.findByTestId('strict-refused')).toBeTruthy();
    expect(within(screen.getByTestId('rejections')).getByText('取值无效')).toBeTruthy();
    expect(screen.getByTestId('download-report').textContent).toBe('下载完整报告');
  });

  it('is not in the buyer portal', () => {
    renderPortal({ kind: 'buyer', ...pricingPortalParts('buyer') }, '/price-lists', { me: buyerOwner() });
    expect(screen.queryByTestId('price-lists-table')).toBeNull();
  });
});
